package dev.rapport.profile;

import dev.rapport.common.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs against a fresh database on a real PostgreSQL. */
@QuarkusTestResource(PostgresResource.class)
public class DatabaseTestResource {}
