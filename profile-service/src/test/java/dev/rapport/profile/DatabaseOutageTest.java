package dev.rapport.profile;

import dev.rapport.common.testing.DatabaseOutage;
import dev.rapport.profile.export.OtherServicesMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;

/** profile-service's PostgreSQL goes away and comes back: 503 with Retry-After, then recovery. */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest extends DatabaseOutage {

  /** This class's own database, reached through a relay the test cuts. */
  public static class Outage extends DatabaseOutage.Profile {
    @Override
    protected List<Class<? extends QuarkusTestResourceLifecycleManager>> others() {
      return List.of(OtherServicesMock.class);
    }
  }

  private final String email = "outage-" + UUID.randomUUID() + "@example.com";

  @Override
  protected List<Call> calls() {
    return List.of(
        new Call("GET", "/api/v1/members/" + UUID.randomUUID(), null, null),
        mine("GET", "/api/v1/members/" + me + "/connections", null),
        new Call(
            "POST",
            "/api/v1/auth/register",
            null,
            "{\"email\":\""
                + email
                + "\",\"password\":\"outage-password-1\",\"displayName\":\"Ada\"}"));
  }
}
