package dev.rapport.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three services run as one system: each is ready, documented and speaks one error model. */
@ExtendWith(RapportSystemExtension.class)
class SystemIT {

  static RapportSystem system;

  @BeforeAll
  static void start(RapportSystem running) {
    system = running;
  }

  static List<String> services() {
    return List.of(system.profileUrl(), system.activityUrl(), system.recommendationUrl());
  }

  @Test
  void everyServiceIsReadyAndDocumented() {
    for (String url : services()) {
      given()
          .baseUri(url)
          .get("/q/health/ready")
          .then()
          .statusCode(200)
          .body("status", equalTo("UP"));
      given()
          .baseUri(url)
          .accept("application/json")
          .get("/q/openapi")
          .then()
          .statusCode(200)
          .body("info.title", startsWith("Rapport "));
      given().baseUri(url).get("/q/swagger-ui/").then().statusCode(200);
    }
  }

  @Test
  void registerAndSignInRoundTrip() {
    String email = "e2e-" + UUID.randomUUID() + "@example.com";
    String memberId =
        given()
            .baseUri(system.profileUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", "correct-horse-battery", "displayName", "Eve"))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .path("memberId");
    String token =
        given()
            .baseUri(system.profileUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", "correct-horse-battery"))
            .post("/api/v1/auth/token")
            .then()
            .statusCode(200)
            .extract()
            .path("accessToken");
    given()
        .baseUri(system.profileUrl())
        .auth()
        .oauth2(token)
        .get("/api/v1/members/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(memberId));
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefusedEverywhere() {
    // The test key is not the running system's: to every service it is a forgery.
    String forged = TestTokens.member(UUID.randomUUID());
    given()
        .baseUri(system.profileUrl())
        .auth()
        .oauth2(forged)
        .get("/api/v1/members/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aTokenFromProfileServiceIsAcceptedByTheOtherServices() {
    String email = "e2e-" + UUID.randomUUID() + "@example.com";
    var registration =
        given()
            .baseUri(system.profileUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", "correct-horse-battery", "displayName", "Ivo"))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String memberId = registration.getString("memberId");
    String token = registration.getString("accessToken");
    given()
        .baseUri(system.activityUrl())
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "type",
                "CONTRIBUTION",
                "contribution",
                Map.of(
                    "kind", "VOLUNTEERING",
                    "community", "PyData Lisbon",
                    "description", "Ran the registration desk at the meetup")))
        .post("/api/v1/activities")
        .then()
        .statusCode(201)
        .body("memberId", equalTo(memberId));
    given()
        .baseUri(system.activityUrl())
        .auth()
        .oauth2(token)
        .get("/api/v1/members/{id}/activity-summary", memberId)
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    given()
        .baseUri(system.recommendationUrl())
        .auth()
        .oauth2(token)
        .get("/api/v1/members/{id}/recommendations/courses", memberId)
        .then()
        .statusCode(200)
        .body("items", not(empty()));
  }

  @Test
  void aForgedExpiredOrMissingTokenCannotWriteToAnyService() {
    UUID someone = UUID.randomUUID();
    Map<String, String> tokens =
        Map.of(
            "forged", TestTokens.member(someone),
            "expired", TestTokens.expired(someone),
            "missing", "");
    for (var token : tokens.entrySet()) {
      assertUnauthorized(
          token,
          authorized(token.getValue(), system.profileUrl())
              .contentType(ContentType.JSON)
              .body(Map.of("memberId", UUID.randomUUID().toString(), "context", "PEER"))
              .post("/api/v1/members/{id}/connections", someone));
      assertUnauthorized(
          token,
          authorized(token.getValue(), system.activityUrl())
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "type",
                      "CONTRIBUTION",
                      "contribution",
                      Map.of(
                          "kind", "ADVICE",
                          "community", "PyData",
                          "description", "Answered questions after the talk")))
              .post("/api/v1/activities"));
      assertUnauthorized(
          token,
          authorized(token.getValue(), system.recommendationUrl())
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "itemId", UUID.randomUUID().toString(),
                      "itemType", "COURSE",
                      "action", "CLICKED"))
              .post("/api/v1/recommendations/feedback"));
    }
  }

  private static RequestSpecification authorized(String token, String baseUri) {
    RequestSpecification request = given().baseUri(baseUri);
    return token.isEmpty() ? request : request.auth().oauth2(token);
  }

  private static void assertUnauthorized(Map.Entry<String, String> token, Response response) {
    try {
      response
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("status", equalTo(401));
    } catch (AssertionError e) {
      throw new AssertionError("A write with a " + token.getKey() + " token: " + e.getMessage(), e);
    }
  }

  @Test
  void malformedJsonIsA400ProblemEverywhere() {
    given()
        .baseUri(system.profileUrl())
        .contentType(ContentType.JSON)
        .body("{\"email\":")
        .post("/api/v1/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
