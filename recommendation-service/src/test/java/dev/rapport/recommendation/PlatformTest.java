package dev.rapport.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
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
        .body("info.title", equalTo("Rapport recommendation-service"))
        .body("info.version", equalTo("1.0.0"));
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }

  @Test
  void everyOperationIsDocumentedWithAnIdATagAndItsErrors() {
    java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths =
        given().accept("application/json").get("/q/openapi").then().extract().path("paths");
    int operations = 0;
    for (var path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      for (var operation : path.getValue().entrySet()) {
        var op = operation.getValue();
        String where = operation.getKey() + " " + path.getKey();
        org.junit.jupiter.api.Assertions.assertNotNull(op.get("operationId"), where);
        org.junit.jupiter.api.Assertions.assertNotNull(op.get("tags"), where);
        org.junit.jupiter.api.Assertions.assertNotNull(op.get("description"), where);
        @SuppressWarnings("unchecked")
        var responses = (java.util.Map<String, java.util.Map<String, Object>>) op.get("responses");
        org.junit.jupiter.api.Assertions.assertTrue(
            responses.keySet().stream().anyMatch(code -> code.startsWith("4")), where);
        operations++;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(operations >= 17, "operations: " + operations);
  }

  @Test
  void unknownPathIsA404Problem() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
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
