package dev.rapport.profile.account;

import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.security.Audiences;
import dev.rapport.common.security.Scopes;
import dev.rapport.common.testing.TestTokens;
import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sessions: rotating refresh tokens, reuse detection, logout, password change, audiences. */
@QuarkusTest
class SessionResourceTest {

  static final String PASSWORD = "correct-horse-battery";

  static ExtractableResponse<Response> signIn(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/token")
        .then()
        .extract();
  }

  static ExtractableResponse<Response> refresh(String refreshToken) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("refreshToken", refreshToken))
        .post("/api/v1/auth/refresh")
        .then()
        .extract();
  }

  static int me(String accessToken) {
    return given()
        .auth()
        .oauth2(accessToken)
        .get("/api/v1/members/me")
        .then()
        .extract()
        .statusCode();
  }

  static JsonNode claims(String jwt) throws Exception {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  @Test
  void signInAndRegistrationReturnARefreshTokenAndASessionForAllAudiences() throws Exception {
    Registered m = register("Ana Lima");
    var signedIn = signIn(m.email(), PASSWORD);
    assertEquals(200, signedIn.statusCode());
    String access = signedIn.path("accessToken");
    JsonNode claims = claims(access);
    assertEquals(3, claims.get("aud").size());
    assertNotEquals(null, (Object) claims.get("sid"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("email", "x-" + m.email(), "password", PASSWORD, "displayName", "Bo Registered"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201)
        .body("refreshToken", notNullValue())
        .body("refreshExpiresIn", equalTo(2592000));
    assertNotEquals(null, (Object) signedIn.path("refreshToken"));
  }

  @Test
  void refreshRotatesAndTheReuseOfAnOldTokenRevokesTheSession() {
    Registered m = register("Ana Lima");
    var first = signIn(m.email(), PASSWORD);
    String refresh1 = first.path("refreshToken");

    var second = refresh(refresh1);
    assertEquals(200, second.statusCode());
    String refresh2 = second.path("refreshToken");
    String access2 = second.path("accessToken");
    assertNotEquals(refresh1, refresh2);
    assertEquals(200, me(access2));

    var third = refresh(refresh2);
    assertEquals(200, third.statusCode());
    String refresh3 = third.path("refreshToken");
    String access3 = third.path("accessToken");

    // refresh1 was rotated away: presenting it again is theft, the whole session ends
    var reused = refresh(refresh1);
    assertEquals(401, reused.statusCode());
    assertEquals("application/problem+json", reused.contentType());
    assertEquals(401, refresh(refresh3).statusCode());
    assertEquals(401, me(access3));
    assertEquals(401, me(access2));
    assertEquals(401, refresh("no-such-token").statusCode());
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("refreshToken"));

    // another session of the same member is untouched
    assertEquals(200, me(signIn(m.email(), PASSWORD).path("accessToken")));
  }

  @Test
  void logoutRevokesTheSessionButNotTheOthers() {
    Registered m = register("Ana Lima");
    var a = signIn(m.email(), PASSWORD);
    var b = signIn(m.email(), PASSWORD);
    String accessA = a.path("accessToken");
    given().post("/api/v1/auth/logout").then().statusCode(401);
    given().auth().oauth2(accessA).post("/api/v1/auth/logout").then().statusCode(204);
    assertEquals(401, me(accessA));
    assertEquals(401, refresh(a.path("refreshToken")).statusCode());
    assertEquals(200, me(b.path("accessToken")));
    assertEquals(200, refresh(b.path("refreshToken")).statusCode());
  }

  @Test
  void aSessionCachedAsLiveIsRefusedAtOnceAfterLogoutOrErasure() {
    Registered m = register("Ana Lima");
    var a = signIn(m.email(), PASSWORD);
    String accessA = a.path("accessToken");
    String accessB = signIn(m.email(), PASSWORD).path("accessToken");
    // both answers are now cached as "live"
    assertEquals(200, me(accessA));
    assertEquals(200, me(accessB));
    assertEquals(200, me(m.token()));
    given().auth().oauth2(accessA).post("/api/v1/auth/logout").then().statusCode(204);
    assertEquals(401, me(accessA));
    assertEquals(200, me(accessB));
    given().auth().oauth2(accessB).delete("/api/v1/members/" + m.id()).then().statusCode(204);
    assertEquals(401, me(accessB));
    assertEquals(401, me(m.token()));
  }

  @Test
  void passwordChangeNeedsTheCurrentPasswordAndRevokesTheOtherSessions() {
    Registered m = register("Ana Lima");
    var mine = signIn(m.email(), PASSWORD);
    var other = signIn(m.email(), PASSWORD);
    String access = mine.path("accessToken");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", PASSWORD, "newPassword", "another-horse-battery"))
        .put("/api/v1/accounts/me/password")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(access)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "wrong-password-1", "newPassword", "another-horse-battery"))
        .put("/api/v1/accounts/me/password")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("currentPassword"));
    given()
        .auth()
        .oauth2(access)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
        .put("/api/v1/accounts/me/password")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("newPassword"));
    given()
        .auth()
        .oauth2(access)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", PASSWORD, "newPassword", "another-horse-battery"))
        .put("/api/v1/accounts/me/password")
        .then()
        .statusCode(204);

    assertEquals(200, me(access));
    assertEquals(401, me(other.path("accessToken")));
    assertEquals(401, refresh(other.path("refreshToken")).statusCode());
    assertEquals(401, me(m.token()));
    assertEquals(401, signIn(m.email(), PASSWORD).statusCode());
    assertEquals(200, signIn(m.email(), "another-horse-battery").statusCode());
  }

  @Test
  void anErasedMembersTokenIsRefused() {
    Registered m = register("Ana Lima");
    given().auth().oauth2(m.token()).delete("/api/v1/members/" + m.id()).then().statusCode(204);
    assertEquals(401, me(m.token()));
  }

  @Test
  void serviceTokensNameTheServicesTheirClientCallsAndCarryItsScopes() throws Exception {
    String activity =
        given()
            .auth()
            .preemptive()
            .basic("activity-service", "test-activity-secret")
            .formParam("grant_type", "client_credentials")
            .post("/api/v1/auth/service-token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    JsonNode claims = claims(activity);
    assertEquals(
        "profile-service",
        claims.get("aud").isArray()
            ? claims.get("aud").get(0).asText()
            : claims.get("aud").asText());
    given().auth().oauth2(activity).get("/api/v1/member-changes").then().statusCode(200);
    String recommendation =
        given()
            .formParam("grant_type", "client_credentials")
            .formParam("client_id", "recommendation-service")
            .formParam("client_secret", "test-recommendation-secret")
            .post("/api/v1/auth/service-token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    given().auth().oauth2(recommendation).get("/api/v1/member-changes").then().statusCode(200);
    var rc = claims(recommendation);
    assertEquals(2, rc.get("aud").size());
    org.hamcrest.MatcherAssert.assertThat(
        List.of(new ObjectMapper().convertValue(rc.get("groups"), String[].class)),
        containsInAnyOrder(
            "service",
            Scopes.MEMBERS_READ,
            Scopes.MEMBER_CHANGES_READ,
            Scopes.ACTIVITY_CHANGES_READ,
            Scopes.ACTIVITIES_READ));
    org.hamcrest.MatcherAssert.assertThat(
        List.of(new ObjectMapper().convertValue(rc.get("aud"), String[].class)),
        hasItems(Audiences.PROFILE, Audiences.ACTIVITY));
  }

  @Test
  void tokensForAnotherServiceAreRefused() {
    given()
        .auth()
        .oauth2(
            TestTokens.service(
                "activity-service",
                Set.of(Audiences.ACTIVITY),
                Scopes.MEMBERS_READ,
                Scopes.MEMBER_CHANGES_READ))
        .get("/api/v1/member-changes")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
