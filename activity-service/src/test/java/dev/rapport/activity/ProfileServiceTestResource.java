package dev.rapport.activity;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module talks to a WireMock profile-service. */
@QuarkusTestResource(ProfileServiceMock.class)
public class ProfileServiceTestResource {}
