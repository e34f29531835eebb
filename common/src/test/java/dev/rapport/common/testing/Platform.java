package dev.rapport.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service exposes: health, metrics, OpenAPI, Swagger UI, the error model and CORS. Each
 * service extends it as {@code PlatformTest}, a {@code @QuarkusTest}, naming itself and adding what
 * only it has.
 */
public abstract class Platform {

  private final String service;

  /**
   * @param service the service's name, as its OpenAPI title says it ({@code profile-service} …)
   */
  protected Platform(String service) {
    this.service = service;
  }

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
        .body("info.title", equalTo("Rapport " + service))
        .body("info.version", equalTo("1.0.0"));
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
