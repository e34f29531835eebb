package dev.rapport.profile.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

  static String email() {
    return "member-" + UUID.randomUUID() + "@example.com";
  }

  static Map<String, String> registration(String email) {
    return Map.of("email", email, "password", "correct-horse-battery", "displayName", "Ana Lima");
  }

  @Test
  void registerAnswersWithMemberIdAndTokenThatReadsTheMember() {
    String memberId =
        given()
            .contentType(ContentType.JSON)
            .body(registration(email()))
            .when()
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/members/"))
            .body("tokenType", equalTo("Bearer"))
            .body("expiresIn", equalTo(3600))
            .body("accessToken", not(emptyOrNullString()))
            .extract()
            .path("memberId");
    String token =
        given()
            .contentType(ContentType.JSON)
            .body(registration(email()))
            .post("/api/v1/auth/register")
            .then()
            .extract()
            .path("accessToken");
    given().auth().oauth2(token).get("/api/v1/members/me").then().statusCode(200);
    given()
        .get("/api/v1/members/" + memberId)
        .then()
        .statusCode(200)
        .body("id", equalTo(memberId))
        .body("displayName", equalTo("Ana Lima"));
  }

  @Test
  void secondRegistrationOfAnEmailInAnyCaseIsAConflict() {
    String email = email();
    given()
        .contentType(ContentType.JSON)
        .body(registration(email))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(registration(email.toUpperCase()))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409))
        .body("title", equalTo("Conflict"))
        .body("instance", equalTo("/api/v1/auth/register"));
  }

  @Test
  void shortPasswordAndBadEmailAreNamed() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "not-an-email", "password", "short", "displayName", "Ana"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://rapport.dev/problems/validation-failed"))
        .body("errors.field", hasItem("password"))
        .body("errors.field", hasItem("email"))
        .body("detail", containsString("password"));
  }

  @Test
  void missingFieldIsNamed() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email(), "password", "correct-horse-battery"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("displayName"));
  }

  @Test
  void malformedJsonIsA400Problem() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\": \"a@b.c\", ")
        .post("/api/v1/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed request"))
        .body("detail", startsWith("The request body is not valid JSON"));
  }

  @Test
  void missingBodyIsA400Problem() {
    given()
        .contentType(ContentType.JSON)
        .post("/api/v1/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void signInWithRightAndWrongCredentials() {
    String email = email();
    given()
        .contentType(ContentType.JSON)
        .body(registration(email))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201);
    String token =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", email.toUpperCase(), "password", "correct-horse-battery"))
            .post("/api/v1/auth/token")
            .then()
            .statusCode(200)
            .body("tokenType", equalTo("Bearer"))
            .extract()
            .path("accessToken");
    given().auth().oauth2(token).get("/api/v1/members/me").then().statusCode(200);

    String wrongPassword =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", "wrong-password-123"))
            .post("/api/v1/auth/token")
            .then()
            .statusCode(401)
            .contentType("application/problem+json")
            .extract()
            .path("detail");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email(), "password", "wrong-password-123"))
        .post("/api/v1/auth/token")
        .then()
        .statusCode(401)
        .body("detail", equalTo(wrongPassword));
  }

  @Test
  void missingForgedAndExpiredTokensAre401Problems() {
    given()
        .get("/api/v1/members/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
    given()
        .auth()
        .oauth2(TestTokens.forged(UUID.randomUUID()))
        .get("/api/v1/members/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.expired(UUID.randomUUID()))
        .get("/api/v1/members/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2("not.a.jwt")
        .get("/api/v1/members/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void serviceClientsGetServiceTokens() {
    given()
        .auth()
        .preemptive()
        .basic("activity-service", "test-activity-secret")
        .formParam("grant_type", "client_credentials")
        .post("/api/v1/auth/service-token")
        .then()
        .statusCode(200)
        .body("token_type", equalTo("Bearer"))
        .body("access_token", not(emptyOrNullString()));
    given()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", "activity-service")
        .formParam("client_secret", "wrong")
        .post("/api/v1/auth/service-token")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .formParam("grant_type", "password")
        .post("/api/v1/auth/service-token")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("grant_type"));
  }

  @Test
  void publishesTheSigningKeyAsJwks() {
    given()
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].kty", equalTo("RSA"))
        .body("keys[0].alg", equalTo("RS256"))
        .body("keys[0].kid", not(emptyOrNullString()))
        .body("keys[0].d", equalTo(null));
  }
}
