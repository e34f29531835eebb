package dev.rapport.recommendation;

import static io.restassured.RestAssured.given;

import dev.rapport.common.testing.Platform;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What every service exposes (health, metrics, OpenAPI, Swagger UI and the error model), and here
 * also that every operation documents its id, tag, description and errors.
 */
@QuarkusTest
class PlatformTest extends Platform {

  PlatformTest() {
    super("recommendation-service");
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
}
