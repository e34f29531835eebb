package dev.rapport.activity;

import dev.rapport.common.testing.DatabaseOutage;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;

/** activity-service's PostgreSQL goes away and comes back: 503 with Retry-After, then recovery. */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest extends DatabaseOutage {

  /** This class's own database, reached through a relay the test cuts. */
  public static class Outage extends DatabaseOutage.Profile {
    @Override
    protected List<Class<? extends QuarkusTestResourceLifecycleManager>> others() {
      return List.of(ProfileServiceMock.class);
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
