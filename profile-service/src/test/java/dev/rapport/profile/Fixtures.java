package dev.rapport.profile;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Members and connections made through the API, for tests. */
public final class Fixtures {

  private Fixtures() {}

  public record Registered(UUID id, String token, String email) {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Registered register(String displayName) {
    String email = unique("member") + "@example.com";
    var response =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email",
                    email,
                    "password",
                    "correct-horse-battery",
                    "displayName",
                    displayName))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .extract();
    return new Registered(
        UUID.fromString(response.path("memberId")), response.path("accessToken"), email);
  }

  public static String positioningETag(Registered m) {
    return given()
        .auth()
        .oauth2(m.token())
        .get("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** Replaces the member's positioning with {@code body}; answers the new ETag. */
  public static String position(Registered m, Map<String, ?> body) {
    return given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", positioningETag(m))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  public static UUID request(Registered from, Registered to, String context) {
    return UUID.fromString(
        given()
            .auth()
            .oauth2(from.token())
            .contentType(ContentType.JSON)
            .body(Map.of("memberId", to.id().toString(), "context", context))
            .post("/api/v1/members/" + from.id() + "/connections")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** An accepted connection between two members. */
  public static UUID connect(Registered a, Registered b) {
    UUID id = request(a, b, "PEER");
    given()
        .auth()
        .oauth2(b.token())
        .post("/api/v1/members/" + b.id() + "/connections/" + id + "/accept")
        .then()
        .statusCode(200);
    return id;
  }

  public static Map<String, Object> skills(String... names) {
    return Map.of(
        "skills",
        java.util.Arrays.stream(names).map(n -> Map.of("name", n, "level", "ADVANCED")).toList());
  }

  public static List<Object> list(Object... items) {
    return List.of(items);
  }
}
