package dev.rapport.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is the product's face: every operation is named, tagged and documented. */
@QuarkusTest
class OpenApiTest {

  static JsonPath document() {
    return given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void everyOperationHasAnIdATagASummaryAndProblemResponses() {
    Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
    List<String> missing = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (!(operation instanceof Map)) {
                    return;
                  }
                  String name = method.toUpperCase() + " " + path;
                  if (operation.get("operationId") == null) {
                    missing.add(name + " operationId");
                  }
                  if (operation.get("tags") == null) {
                    missing.add(name + " tags");
                  }
                  if (operation.get("summary") == null) {
                    missing.add(name + " summary");
                  }
                  Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
                  responses.forEach(
                      (status, response) -> {
                        if (status.toString().startsWith("4")
                            && !String.valueOf(response).contains("application/problem+json")) {
                          missing.add(name + " " + status + " problem+json");
                        }
                      });
                }));
    assertEquals(List.of(), missing);
    assertTrue(paths.containsKey("/api/v1/member-changes"));
  }

  @Test
  void documentsTheContractsOtherServicesUse() {
    JsonPath doc = document();
    doc.setRootPath("paths");
    assertEquals("listMembers", doc.getString("'/api/v1/members'.get.operationId"));
    assertEquals(
        "listConnectionIds",
        doc.getString("'/api/v1/members/{id}/connection-ids'.get.operationId"));
    assertEquals("listMemberChanges", doc.getString("'/api/v1/member-changes'.get.operationId"));
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .body(
            "paths.'/api/v1/members/{id}'.patch.requestBody.content",
            hasKey("application/merge-patch+json"))
        .body(
            "paths.'/api/v1/members/{id}/connections/suggestions'.get.description",
            containsString("MUTUAL_CONNECTION"))
        .body("components.schemas.MemberProfile.properties.positioning", notNullValue())
        .body("components.schemas.Skill.properties.name.examples[0]", equalTo("Machine Learning"));
  }
}
