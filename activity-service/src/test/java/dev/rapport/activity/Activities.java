package dev.rapport.activity;

import static io.restassured.RestAssured.given;

import dev.rapport.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** The activity log's API as the tests call it, as a member. */
public final class Activities {
  private Activities() {}

  /** Logs an activity; {@code idempotencyKey} may be null. */
  public static ValidatableResponse post(UUID member, String idempotencyKey, String body) {
    var request = given().auth().oauth2(TestTokens.member(member)).contentType(ContentType.JSON);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.body(body).post("/api/v1/activities").then();
  }

  public static ValidatableResponse post(UUID member, String body) {
    return post(member, null, body);
  }

  /** Logs an activity that must be created; answers its id. */
  public static String create(UUID member, String idempotencyKey, String body) {
    return post(member, idempotencyKey, body).statusCode(201).extract().path("id");
  }

  public static String create(UUID member, String body) {
    return create(member, null, body);
  }

  /** GET /api/v1/activities as the member, with these query parameters: name, value, ... */
  public static ValidatableResponse query(UUID caller, String... namesAndValues) {
    var request = given().auth().oauth2(TestTokens.member(caller));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      request.queryParam(namesAndValues[i], namesAndValues[i + 1]);
    }
    return request.get("/api/v1/activities").then();
  }

  /** The first page of a member's activities that the caller sees. */
  public static ValidatableResponse list(UUID caller, UUID member) {
    return query(caller, "memberId", member.toString()).statusCode(200);
  }
}
