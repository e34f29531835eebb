package dev.rapport.recommendation;

import dev.rapport.common.testing.DatabaseOutage;
import dev.rapport.common.testing.OutagePostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
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
  public static class Outage implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(OutagePostgresResource.class),
          new TestResourceEntry(StubServicesResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
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
