package dev.rapport.recommendation;

import dev.rapport.common.testing.DatabaseOutage;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;

/**
 * recommendation-service's PostgreSQL goes away and comes back: 503 with Retry-After, then
 * recovery.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest extends DatabaseOutage {

  /** This class's own database, reached through a relay the test cuts. */
  public static class Outage extends DatabaseOutage.Profile {
    @Override
    protected List<Class<? extends QuarkusTestResourceLifecycleManager>> others() {
      return List.of(StubServicesResource.class);
    }
  }

  @Override
  protected List<Call> calls() {
    return List.of(
        new Call("GET", "/api/v1/courses?topic=photography", null, null),
        mine("GET", "/api/v1/members/" + me + "/recommendations/courses", null),
        mine(
            "POST",
            "/api/v1/recommendations/feedback",
            "{\"itemId\":\""
                + UUID.randomUUID()
                + "\",\"itemType\":\"COURSE\",\"action\":\"ENROLLED\"}"));
  }
}
