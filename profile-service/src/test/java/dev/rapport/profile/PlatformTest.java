package dev.rapport.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.rapport.common.testing.Platform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * What every service exposes (health, metrics, OpenAPI, Swagger UI and the error model), and the
 * error model on profile-service's own paths.
 */
@QuarkusTest
class PlatformTest extends Platform {

  PlatformTest() {
    super("profile-service");
  }

  @Test
  void openApiTagsTheAccounts() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("tags.name", hasItem("Accounts"));
  }

  @Test
  void unknownMemberIsA404Problem() {
    given()
        .get("/api/v1/members/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void malformedIdIsA400NamingIt() {
    given()
        .get("/api/v1/members/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("id"));
  }

  @Test
  void wrongMethodIsA405Problem() {
    given()
        .delete("/api/v1/auth/register")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
  }

  @Test
  void wrongMediaTypeIsA415Problem() {
    given()
        .contentType(ContentType.XML)
        .body("<register/>")
        .post("/api/v1/auth/register")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }
}
