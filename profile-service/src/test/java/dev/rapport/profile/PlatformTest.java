package dev.rapport.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** What every service exposes: health, metrics, OpenAPI, Swagger UI and the error model. */
@QuarkusTest
class PlatformTest {

  @Test
  void readinessIncludesTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database")));
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void servesPrometheusMetrics() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void servesOpenApiAndSwaggerUi() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Rapport profile-service"))
        .body("info.version", equalTo("1.0.0"))
        .body("tags.name", hasItem("Accounts"));
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }

  @Test
  void unknownPathIsA404Problem() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("instance", equalTo("/api/v1/nothing-here"));
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

  @Test
  void corsPreflightAllowsConfiguredOriginsOnly() {
    given()
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .options("/api/v1/nothing-here")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://localhost:5173")
        .header("Access-Control-Allow-Methods", containsString("POST"));
    given()
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/v1/nothing-here")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
