package dev.rapport.profile.member;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A member read holds one pooled connection at a time, whoever asks. A read that looked up the
 * caller's relation on a second connection while holding the first would stall a small pool under
 * concurrent reads: every connection held by a read waiting for another, each answering 503 after
 * the acquisition timeout. With two connections (Flyway needs two at start) and sixteen callers at
 * once, such reads fail within the first round; reads on one connection each all answer 200.
 */
@QuarkusTest
@TestProfile(OnePooledConnectionTest.PoolOfOne.class)
class OnePooledConnectionTest {

  /** Two connections, and a short wait for them. */
  public static class PoolOfOne implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.datasource.jdbc.max-size", "2",
          "quarkus.datasource.jdbc.min-size", "0",
          "quarkus.datasource.jdbc.acquisition-timeout", "1S");
    }
  }

  @Test
  void everyCallerReadsAMemberOnOneConnection() throws Exception {
    Registered member = register("Ines Duarte");
    Registered friend = register("Tomas Berg");
    Registered stranger = register("Lea Novak");
    connect(member, friend);
    position(
        member,
        Map.of(
            "interests", List.of("Soil science"),
            "visibility", Map.of("interests", "CONNECTIONS")));
    String path = "/api/v1/members/" + member.id();

    ExecutorService callers = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        reads.add(
            callers.submit(
                () ->
                    given().auth().oauth2(friend.token()).get(path).then().extract().statusCode()));
      }
      for (Future<Integer> read : reads) {
        assertEquals(200, read.get(30, TimeUnit.SECONDS), "a connection's read of " + path);
      }
    } finally {
      callers.shutdownNow();
    }
    given()
        .auth()
        .oauth2(friend.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("positioning.interests", equalTo(List.of("Soil science")));
    given()
        .auth()
        .oauth2(stranger.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("positioning.interests", nullValue());
    given()
        .auth()
        .oauth2(member.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("positioning.interests", equalTo(List.of("Soil science")));
    given().get(path).then().statusCode(200).body("positioning.interests", nullValue());
    given()
        .auth()
        .oauth2(stranger.token())
        .queryParam("q", "Ines")
        .get("/api/v1/members")
        .then()
        .statusCode(200);
  }
}
