package dev.rapport.profile.member;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

  static final String MERGE_PATCH = "application/merge-patch+json";

  /** A member with a public statement, skills for connections, hobbies and location private. */
  static Registered layered() {
    Registered m = register("Ana Lima");
    String etag =
        given()
            .auth()
            .oauth2(m.token())
            .get("/api/v1/members/" + m.id())
            .then()
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", etag)
        .contentType(MERGE_PATCH)
        .body("{\"location\": \"Lisbon\", \"timezone\": \"Europe/Lisbon\"}")
        .patch("/api/v1/members/" + m.id())
        .then()
        .statusCode(200);
    position(
        m,
        Map.of(
            "statement", "I turn data into decisions",
            "skills", List.of(Map.of("name", "Forecasting", "level", "EXPERT", "years", 8)),
            "hobbies", List.of("Bouldering"),
            "visibility",
                Map.of("skills", "CONNECTIONS", "hobbies", "PRIVATE", "location", "PRIVATE")));
    return m;
  }

  static ValidatableResponse read(Registered m, String token) {
    var request = given();
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    return request.get("/api/v1/members/" + m.id()).then().statusCode(200);
  }

  @Test
  void anonymousCallersSeePublicSectionsOnly() {
    Registered m = layered();
    read(m, null)
        .body("displayName", equalTo("Ana Lima"))
        .body("positioning.statement", equalTo("I turn data into decisions"))
        .body("positioning.skills", nullValue())
        .body("positioning.hobbies", nullValue())
        .body("positioning.visibility", nullValue())
        .body("location", nullValue())
        .body("timezone", nullValue());
  }

  @Test
  void strangersSeePublicSectionsOnly() {
    Registered m = layered();
    Registered stranger = register("Bo Stranger");
    read(m, stranger.token())
        .body("positioning.statement", equalTo("I turn data into decisions"))
        .body("positioning.skills", nullValue())
        .body("positioning.hobbies", nullValue());
  }

  @Test
  void connectionsAlsoSeeConnectionSections() {
    Registered m = layered();
    Registered friend = register("Cy Friend");
    connect(friend, m);
    read(m, friend.token())
        .body("positioning.skills[0].name", equalTo("Forecasting"))
        .body("positioning.skills[0].level", equalTo("EXPERT"))
        .body("positioning.hobbies", nullValue())
        .body("location", nullValue());
  }

  @Test
  void aPendingRequestIsNotAConnection() {
    Registered m = layered();
    Registered asker = register("Di Asker");
    dev.rapport.profile.Fixtures.request(asker, m, "PEER");
    read(m, asker.token()).body("positioning.skills", nullValue());
  }

  @Test
  void ownerAndServicesSeeEverything() {
    Registered m = layered();
    read(m, m.token())
        .body("positioning.hobbies", contains("Bouldering"))
        .body("positioning.visibility.hobbies", equalTo("PRIVATE"))
        .body("location", equalTo("Lisbon"))
        .body("timezone", equalTo("Europe/Lisbon"));
    given()
        .auth()
        .oauth2(m.token())
        .get("/api/v1/members/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(m.id().toString()))
        .body("positioning.hobbies", contains("Bouldering"));
    read(m, TestTokens.service("recommendation-service"))
        .body("positioning.hobbies", contains("Bouldering"))
        .body("location", equalTo("Lisbon"));
  }

  @Test
  void mergePatchSetsClearsAndKeepsFields() {
    Registered m = register("Ana Lima");
    String etag = read(m, m.token()).extract().header("ETag");
    String next =
        given()
            .auth()
            .oauth2(m.token())
            .header("If-Match", etag)
            .contentType(MERGE_PATCH)
            .body(
                "{\"headline\": \"Forecasting for retail\", \"avatarUrl\": \"https://x.dev/a.png\"}")
            .patch("/api/v1/members/" + m.id())
            .then()
            .statusCode(200)
            .body("headline", equalTo("Forecasting for retail"))
            .body("displayName", equalTo("Ana Lima"))
            .header("ETag", not(equalTo(etag)))
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", next)
        .contentType(MERGE_PATCH)
        .body("{\"headline\": null}")
        .patch("/api/v1/members/" + m.id())
        .then()
        .statusCode(200)
        .body("headline", nullValue())
        .body("avatarUrl", equalTo("https://x.dev/a.png"));
  }

  @Test
  void patchWithoutIfMatchIs428AndWithAStaleOneIs412() {
    Registered m = register("Ana Lima");
    given()
        .auth()
        .oauth2(m.token())
        .contentType(MERGE_PATCH)
        .body("{\"headline\": \"x\"}")
        .patch("/api/v1/members/" + m.id())
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    String etag = read(m, m.token()).extract().header("ETag");
    // two writers read the same version; the first wins, the second is told, not overwritten
    given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", etag)
        .contentType(MERGE_PATCH)
        .body("{\"headline\": \"first\"}")
        .patch("/api/v1/members/" + m.id())
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", etag)
        .contentType(MERGE_PATCH)
        .body("{\"headline\": \"second\"}")
        .patch("/api/v1/members/" + m.id())
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    read(m, null).body("headline", equalTo("first"));
  }

  @Test
  void badPatchesAre400sNamingTheField() {
    Registered m = register("Ana Lima");
    String etag = read(m, m.token()).extract().header("ETag");
    Map<String, String> cases =
        Map.of(
            "{\"headline\": \"" + "x".repeat(121) + "\"}",
            "headline",
            "{\"timezone\": \"Mars/Olympus\"}",
            "timezone",
            "{\"avatarUrl\": \"ftp://x\"}",
            "avatarUrl",
            "{\"displayName\": null}",
            "displayName",
            "{\"nickname\": \"Ana\"}",
            "nickname",
            "{\"location\": 42}",
            "location");
    cases.forEach(
        (body, field) ->
            given()
                .auth()
                .oauth2(m.token())
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body(body)
                .patch("/api/v1/members/" + m.id())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)));
  }

  @Test
  void onlyTheMemberPatchesThemself() {
    Registered m = register("Ana Lima");
    Registered other = register("Bo Other");
    given()
        .auth()
        .oauth2(other.token())
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body("{\"headline\": \"hijacked\"}")
        .patch("/api/v1/members/" + m.id())
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void twoConcurrentWritersNeverOverwriteEachOther() throws Exception {
    Registered m = register("Ana Lima");
    String etag = read(m, m.token()).extract().header("ETag");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Integer>> writes = new ArrayList<>();
      for (String headline : List.of("one", "two")) {
        writes.add(
            pool.submit(
                () ->
                    given()
                        .auth()
                        .oauth2(m.token())
                        .header("If-Match", etag)
                        .contentType(MERGE_PATCH)
                        .body("{\"headline\": \"" + headline + "\"}")
                        .patch("/api/v1/members/" + m.id())
                        .statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (var write : writes) {
        statuses.add(write.get());
      }
      statuses.sort(Integer::compareTo);
      org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 412), statuses);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anAdministratorMayEraseAMember() {
    Registered m = register("Ana Lima");
    given()
        .auth()
        .oauth2(TestTokens.admin(UUID.randomUUID()))
        .header("If-Match", "\"999\"")
        .delete("/api/v1/members/" + m.id())
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(TestTokens.admin(UUID.randomUUID()))
        .delete("/api/v1/members/" + m.id())
        .then()
        .statusCode(204);
    given().get("/api/v1/members/" + m.id()).then().statusCode(404);
  }

  @Test
  void deleteErasesAccountProfileAndConnections() {
    Registered m = register("Ana Lima");
    Registered friend = register("Cy Friend");
    connect(m, friend);
    given()
        .auth()
        .oauth2(friend.token())
        .delete("/api/v1/members/" + m.id())
        .then()
        .statusCode(403);
    given().auth().oauth2(m.token()).delete("/api/v1/members/" + m.id()).then().statusCode(204);
    given().get("/api/v1/members/" + m.id()).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", m.email(), "password", "correct-horse-battery"))
        .post("/api/v1/auth/token")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(friend.token())
        .get("/api/v1/members/" + friend.id() + "/connection-ids")
        .then()
        .statusCode(200)
        .body("memberIds", hasSize(0));
  }

  @Test
  void batchReadReturnsKnownMembersInOrderAsTheCallerMaySee() {
    Registered a = layered();
    Registered b = register("Bo Batch");
    String unknown = UUID.randomUUID().toString();
    given()
        .queryParam("ids", b.id() + "," + unknown)
        .queryParam("ids", a.id().toString())
        .get("/api/v1/members")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].id", equalTo(b.id().toString()))
        .body("items[1].id", equalTo(a.id().toString()))
        .body("items[1].positioning.statement", notNullValue())
        .body("items[1].positioning.hobbies", nullValue())
        .body("nextCursor", nullValue());
    given()
        .auth()
        .oauth2(TestTokens.service("recommendation-service"))
        .queryParam("ids", a.id().toString())
        .get("/api/v1/members")
        .then()
        .statusCode(200)
        .body("items[0].positioning.hobbies", contains("Bouldering"))
        .body("items[0].location", equalTo("Lisbon"));
  }

  @Test
  void batchReadRejectsMalformedIdsAndMoreThan200() {
    given()
        .queryParam("ids", UUID.randomUUID() + ",nope")
        .get("/api/v1/members")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("ids"))
        .body("detail", containsString("nope"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      ids.add(UUID.randomUUID().toString());
    }
    given()
        .queryParam("ids", String.join(",", ids))
        .get("/api/v1/members")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ids"));
    given()
        .queryParam("ids", String.join(",", ids.subList(0, 200)))
        .get("/api/v1/members")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }
}
