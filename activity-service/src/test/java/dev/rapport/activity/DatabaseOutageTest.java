package dev.rapport.activity;

import dev.rapport.common.testing.DatabaseOutage;
import dev.rapport.common.testing.OutagePostgresResource;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;

/** activity-service's PostgreSQL goes away and comes back: 503 with Retry-After, then recovery. */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest extends DatabaseOutage {

  /** This class's own database, reached through a relay the test cuts. */
  public static class Outage implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(OutagePostgresResource.class),
          new TestResourceEntry(ProfileServiceMock.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  @Override
  protected List<Call> calls() {
    return List.of(
        mine("GET", "/api/v1/activities?memberId=" + me, null),
        mine("POST", "/api/v1/activities", Bodies.contribution(List.of(UUID.randomUUID()))),
        new Call(
            "GET", "/api/v1/activity-changes", TestTokens.service("recommendation-service"), null));
  }
}
