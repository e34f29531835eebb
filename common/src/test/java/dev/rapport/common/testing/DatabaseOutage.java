package dev.rapport.common.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's own PostgreSQL goes away under it and comes back: while it is away, reads, writes
 * and token checks answer 503 problem+json with {@code Retry-After} (never 500), readiness reports
 * DOWN, and once the database is back the service answers again by itself. Each service extends it
 * as {@code DatabaseOutageTest}, a {@code @QuarkusTest} whose test profile puts {@link
 * OutagePostgresResource} in place of its usual database.
 */
public abstract class DatabaseOutage {

  /**
   * The test profile of a {@code DatabaseOutageTest}: its own database behind the relay in place of
   * the module's global test resources, plus the other resources the module's tests need.
   */
  public abstract static class Profile implements QuarkusTestProfile {

    /** The module's test resources other than its database (stubs of the other services). */
    protected abstract List<Class<? extends QuarkusTestResourceLifecycleManager>> others();

    @Override
    public List<TestResourceEntry> testResources() {
      return Stream.concat(Stream.of(OutagePostgresResource.class), others().stream())
          .map(TestResourceEntry::new)
          .toList();
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  /** One request: a method, a path, a bearer token or null (anonymous), a JSON body or null. */
  public record Call(String method, String path, String token, String body) {}

  protected final UUID me = UUID.randomUUID();

  /** A request of {@link #me}, whose token check reads the database before any resource runs. */
  protected Call mine(String method, String path, String body) {
    return new Call(method, path, TestTokens.member(me), body);
  }

  /**
   * Requests that each need the database: at least one write, and one anonymous or service call
   * that reaches a resource without a member token check.
   */
  protected abstract List<Call> calls();

  @Test
  void whileItsDatabaseIsDownTheServiceAnswers503WithRetryAfterAndResumesByItself() {
    for (Call call : calls()) {
      send(call).then().statusCode(lessThan(500));
    }
    given().get("/q/health/ready").then().statusCode(200);

    PostgresProxy database = OutagePostgresResource.proxy();
    database.cut();
    try {
      for (Call call : calls()) {
        send(call)
            .then()
            .statusCode(503)
            .contentType(startsWith("application/problem+json"))
            .header("Retry-After", matchesPattern("[1-9][0-9]*"))
            .body("type", endsWith("/database-unavailable"))
            .body("status", equalTo(503))
            .body("instance", equalTo(call.path().replaceFirst("\\?.*", "")));
      }
      given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    } finally {
      database.restore();
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              given().get("/q/health/ready").then().statusCode(200);
              for (Call call : calls()) {
                send(call).then().statusCode(lessThan(500));
              }
            });
  }

  private Response send(Call call) {
    RequestSpecification request = given();
    if (call.token() != null) {
      request = request.auth().oauth2(call.token());
    }
    if (call.body() != null) {
      request = request.contentType("application/json").body(call.body());
    }
    return request.request(call.method(), call.path());
  }
}
