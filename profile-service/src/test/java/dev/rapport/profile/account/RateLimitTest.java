package dev.rapport.profile.account;

import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Strict limits (see {@link StrictLimitsProfile}); every request comes from 127.0.0.1, so the tests
 * run in order and the per-address budgets add up: 40 sign-ins, 4 registrations.
 */
@QuarkusTest
@TestProfile(StrictLimitsProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest {

  static final String PASSWORD = "correct-horse-battery";

  static io.restassured.response.ValidatableResponse signIn(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/token")
        .then();
  }

  @Test
  @Order(1)
  void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
    Registered m = register("Ana Lima"); // registration 1
    signIn(m.email(), "wrong-password-1").statusCode(401);
    signIn(m.email(), "wrong-password-2").statusCode(401);
    signIn(m.email(), "wrong-password-3").statusCode(401);
    signIn(m.email(), PASSWORD)
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("status", equalTo(429))
        .body("detail", containsString("locked"));
    // an unknown email locks as well, so a lockout does not tell whether an account exists
    String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
    for (int i = 0; i < 3; i++) {
      signIn(nobody, "wrong-password").statusCode(401);
    }
    signIn(nobody, "wrong-password").statusCode(429).body("detail", containsString("locked"));
  } // 9 sign-ins

  @Test
  @Order(2)
  void signInsPerAccountAreLimited() {
    Registered m = register("Bo Busy"); // registration 2
    for (int i = 0; i < 5; i++) {
      signIn(m.email(), PASSWORD).statusCode(200);
    }
    String retryAfter =
        signIn(m.email(), PASSWORD)
            .statusCode(429)
            .contentType("application/problem+json")
            .extract()
            .header("Retry-After");
    int seconds = Integer.parseInt(retryAfter);
    assertTrue(seconds > 0 && seconds <= 600, retryAfter);
  } // 15 sign-ins

  @Test
  @Order(3)
  void registrationsPerAddressAreLimited() {
    register("Cy Third");
    register("Di Fourth");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                "fifth-" + UUID.randomUUID() + "@example.com",
                "password",
                PASSWORD,
                "displayName",
                "Ed Fifth"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
  }

  @Test
  @Order(4)
  void serviceTokensPerClientAreLimited() {
    for (int i = 0; i < 3; i++) {
      serviceToken("recommendation-service").statusCode(200);
    }
    serviceToken("recommendation-service")
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
    // another client has its own budget
    serviceToken("activity-service").statusCode(200);
  }

  @Test
  @Order(5)
  void aBurstOfParallelSignInsGets429sWhileMemberReadsStayAvailable() throws Exception {
    String memberPath;
    {
      // no registration left for this address: read a member made by an earlier test
      String id =
          given()
              .get("/api/v1/members?q=Bo Busy&limit=1")
              .then()
              .statusCode(200)
              .extract()
              .path("items[0].id");
      memberPath = "/api/v1/members/" + id;
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    AtomicBoolean burstDone = new AtomicBoolean();
    List<Integer> readStatuses = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread reads =
        new Thread(
            () -> {
              while (!burstDone.get()) {
                readStatuses.add(given().get(memberPath).then().extract().statusCode());
              }
            });
    reads.start();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String email = "burst-" + i + "@example.com";
      futures.add(
          pool.submit(
              () -> {
                int status =
                    given()
                        .contentType(ContentType.JSON)
                        .body(Map.of("email", email, "password", "wrong-password"))
                        .post("/api/v1/auth/token")
                        .then()
                        .extract()
                        .statusCode();
                statuses.merge(status, 1, Integer::sum);
              }));
    }
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    burstDone.set(true);
    reads.join(30_000);
    pool.shutdown();

    // at most 40 attempts per address reach bcrypt in the window; the rest are refused before it
    assertTrue(statuses.getOrDefault(429, 0) >= 460, statuses.toString());
    assertEquals(
        500, statuses.getOrDefault(429, 0) + statuses.getOrDefault(401, 0), statuses.toString());
    assertTrue(!readStatuses.isEmpty(), "no read finished during the burst");
    assertTrue(readStatuses.stream().allMatch(s -> s == 200), readStatuses.toString());
    given().get(memberPath).then().statusCode(200);
    signIn("burst-0@example.com", "x").statusCode(429).header("Retry-After", notNullValue());
  }

  static io.restassured.response.ValidatableResponse serviceToken(String client) {
    return given()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", client)
        .formParam(
            "client_secret",
            client.equals("activity-service")
                ? "test-activity-secret"
                : "test-recommendation-secret")
        .post("/api/v1/auth/service-token")
        .then();
  }
}
