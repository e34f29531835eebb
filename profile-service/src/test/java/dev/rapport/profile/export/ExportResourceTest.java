package dev.rapport.profile.export;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportResourceTest {

  @Test
  void theOwnerGetsEverythingRapportHoldsInOneDocument() throws Exception {
    Registered ana = register("Ana Lima");
    Registered bo = register("Bo");
    position(ana, Map.of("hobbies", List.of("Chess"), "visibility", Map.of("hobbies", "PRIVATE")));
    connect(ana, bo);

    given()
        .auth()
        .oauth2(ana.token())
        .get("/api/v1/members/" + ana.id() + "/export")
        .then()
        .statusCode(200)
        .body("memberId", equalTo(ana.id().toString()))
        .body("profile.member.displayName", equalTo("Ana Lima"))
        .body("profile.positioning.hobbies[0]", equalTo("Chess"))
        .body("profile.connections", hasSize(1))
        .body("profile.connections[0].memberId", equalTo(bo.id().toString()))
        .body("profile.account.email", equalTo(ana.email()))
        .body("profile.account.passwordHash", nullValue())
        .body("profile.sessions[0].id", notNullValue())
        .body("profile.sessions[0].refreshHash", nullValue())
        .body("activity.activities[0].id", equalTo("a-1"))
        .body("recommendation.engagements[0].itemId", equalTo("course-1"));

    // gathered with profile-service's own token: scope member-data.export, aud the two services
    var requests =
        OtherServicesMock.server.findAll(
            getRequestedFor(urlPathEqualTo("/api/v1/members/" + ana.id() + "/activity-export")));
    assertTrue(!requests.isEmpty());
    String bearer = requests.get(0).getHeader("Authorization");
    JsonNode claims =
        new ObjectMapper()
            .readTree(Base64.getUrlDecoder().decode(bearer.substring(7).split("\\.")[1]));
    assertTrue(claims.get("groups").toString().contains("member-data.export"), claims.toString());
    assertTrue(claims.get("aud").toString().contains("activity-service"), claims.toString());
    assertTrue(claims.get("aud").toString().contains("recommendation-service"), claims.toString());
  }

  @Test
  void onlyTheOwnerMayExport() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    given().get("/api/v1/members/" + ana.id() + "/export").then().statusCode(401);
    given()
        .auth()
        .oauth2(bo.token())
        .get("/api/v1/members/" + ana.id() + "/export")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(bo.token())
        .get("/api/v1/members/not-a-uuid/export")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("id"));
  }

  @Test
  void anUnreachableServiceIsA503NeverAPartialExport() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    OtherServicesMock.server.stubFor(
        get(urlPathEqualTo("/api/v1/members/" + ana.id() + "/recommendation-export"))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    OtherServicesMock.server.stubFor(
        get(urlPathEqualTo("/api/v1/members/" + bo.id() + "/activity-export"))
            .atPriority(1)
            .willReturn(aResponse().withStatus(500)));
    for (Registered m : List.of(ana, bo)) {
      given()
          .auth()
          .oauth2(m.token())
          .get("/api/v1/members/" + m.id() + "/export")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", equalTo("30"));
    }
  }
}
