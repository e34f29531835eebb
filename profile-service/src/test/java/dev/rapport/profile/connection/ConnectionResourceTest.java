package dev.rapport.profile.connection;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.register;
import static dev.rapport.profile.Fixtures.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConnectionResourceTest {

  static String path(Registered m) {
    return "/api/v1/members/" + m.id() + "/connections";
  }

  @Test
  void requestThenAcceptMakesBothConnected() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    String id =
        given()
            .auth()
            .oauth2(ana.token())
            .contentType(ContentType.JSON)
            .body(
                Map.of("memberId", bo.id().toString(), "context", "CLASSMATE", "note", "MIT 2014!"))
            .post(path(ana))
            .then()
            .statusCode(201)
            .header("Location", containsString(path(ana) + "/"))
            .body("status", equalTo("PENDING"))
            .body("context", equalTo("CLASSMATE"))
            .body("note", equalTo("MIT 2014!"))
            .body("requesterId", equalTo(ana.id().toString()))
            .body("addresseeId", equalTo(bo.id().toString()))
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(bo.token())
        .get(path(bo) + "?status=PENDING")
        .then()
        .statusCode(200)
        .body("items.id", contains(id))
        .body("items[0].memberId", equalTo(ana.id().toString()));
    given()
        .auth()
        .oauth2(bo.token())
        .post(path(bo) + "/" + id + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    given()
        .auth()
        .oauth2(ana.token())
        .get("/api/v1/members/" + ana.id() + "/connection-ids")
        .then()
        .statusCode(200)
        .body("memberIds", contains(bo.id().toString()));
    given()
        .auth()
        .oauth2(TestTokens.service("activity-service"))
        .get("/api/v1/members/" + bo.id() + "/connection-ids")
        .then()
        .statusCode(200)
        .body("memberIds", contains(ana.id().toString()));
  }

  @Test
  void onlyTheAddresseeAcceptsOrDeclines() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    Registered cy = register("Cy");
    UUID id = request(ana, bo, "PEER");
    // the requester cannot accept on the addressee's behalf
    given()
        .auth()
        .oauth2(ana.token())
        .post(path(ana) + "/" + id + "/accept")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("Only the member asked"));
    // nor can a third member, through the addressee's path or their own
    given().auth().oauth2(cy.token()).post(path(bo) + "/" + id + "/accept").then().statusCode(403);
    given().auth().oauth2(cy.token()).post(path(cy) + "/" + id + "/accept").then().statusCode(404);
    given()
        .auth()
        .oauth2(bo.token())
        .post(path(bo) + "/" + id + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    given().auth().oauth2(bo.token()).post(path(bo) + "/" + id + "/accept").then().statusCode(409);
    given()
        .auth()
        .oauth2(ana.token())
        .get("/api/v1/members/" + ana.id() + "/connection-ids")
        .then()
        .body("memberIds", hasSize(0));
  }

  @Test
  void noDuplicatePairInEitherDirectionAndNoSelfConnection() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    request(ana, bo, "PEER");
    for (Registered[] pair : new Registered[][] {{ana, bo}, {bo, ana}}) {
      given()
          .auth()
          .oauth2(pair[0].token())
          .contentType(ContentType.JSON)
          .body(Map.of("memberId", pair[1].id().toString(), "context", "FRIEND"))
          .post(path(pair[0]))
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(ana.token())
        .contentType(ContentType.JSON)
        .body(Map.of("memberId", ana.id().toString(), "context", "FRIEND"))
        .post(path(ana))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("memberId"));
  }

  @Test
  void eitherMemberRemovesAConnection() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    UUID id = connect(ana, bo);
    given().auth().oauth2(bo.token()).delete(path(bo) + "/" + id).then().statusCode(204);
    given().auth().oauth2(ana.token()).get(path(ana) + "/" + id).then().statusCode(404);
    // once removed, they may ask again
    request(bo, ana, "COLLEAGUE");
  }

  @Test
  void listFiltersByStatusAndContextAndPages() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    Registered cy = register("Cy");
    Registered di = register("Di");
    connect(ana, bo);
    request(ana, cy, "CLIENT");
    request(di, ana, "MENTOR");
    given()
        .auth()
        .oauth2(ana.token())
        .get(path(ana) + "?status=ACCEPTED")
        .then()
        .body("items.memberId", contains(bo.id().toString()));
    given()
        .auth()
        .oauth2(ana.token())
        .get(path(ana) + "?context=MENTOR")
        .then()
        .body("items.memberId", contains(di.id().toString()));
    String cursor =
        given()
            .auth()
            .oauth2(ana.token())
            .get(path(ana) + "?limit=2")
            .then()
            .body("items", hasSize(2))
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    given()
        .auth()
        .oauth2(ana.token())
        .queryParam("limit", 2)
        .queryParam("cursor", cursor)
        .get(path(ana))
        .then()
        .body("items", hasSize(1))
        .body("nextCursor", nullValue());
    given().auth().oauth2(bo.token()).get(path(ana)).then().statusCode(403);
  }

  @Test
  void connectionIdsAreForServicesAndTheMemberOnly() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    given()
        .auth()
        .oauth2(bo.token())
        .get("/api/v1/members/" + ana.id() + "/connection-ids")
        .then()
        .statusCode(403);
    given().get("/api/v1/members/" + ana.id() + "/connection-ids").then().statusCode(401);
  }

  @Test
  void badInputIsA400NamingTheField() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    Map<String, Object> cases =
        Map.of(
            "context", Map.of("memberId", bo.id().toString(), "context", "ENEMY"),
            "memberId", Map.of("memberId", "not-a-uuid", "context", "PEER"),
            "note",
                Map.of("memberId", bo.id().toString(), "context", "PEER", "note", "x".repeat(501)));
    cases.forEach(
        (field, body) ->
            given()
                .auth()
                .oauth2(ana.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post(path(ana))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)));
    Map<String, String> queries =
        Map.of(
            "status", "status=MAYBE",
            "context", "context=ENEMY",
            "limit", "limit=101",
            "cursor", "cursor=bm9wZQ");
    queries.forEach(
        (field, query) ->
            given()
                .auth()
                .oauth2(ana.token())
                .get(path(ana) + "?" + query)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo(field)));
    given()
        .auth()
        .oauth2(ana.token())
        .post(path(ana) + "/nope/accept")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("connectionId"));
    given()
        .auth()
        .oauth2(ana.token())
        .contentType(ContentType.JSON)
        .body(Map.of("memberId", UUID.randomUUID().toString(), "context", "PEER"))
        .post(path(ana))
        .then()
        .statusCode(404);
  }
}
