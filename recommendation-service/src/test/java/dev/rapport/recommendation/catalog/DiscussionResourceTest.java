package dev.rapport.recommendation.catalog;

import static dev.rapport.recommendation.catalog.CatalogFixtures.ADMIN;
import static dev.rapport.recommendation.catalog.CatalogFixtures.createDiscussion;
import static dev.rapport.recommendation.catalog.CatalogFixtures.discussion;
import static dev.rapport.recommendation.catalog.CatalogFixtures.uniqueTopic;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiscussionResourceTest {

  @Test
  void onlyAdminsWriteDiscussionsEveryoneReads() {
    Map<String, Object> body = discussion("Rust Users", List.of("Rust"), "TECHNOLOGY");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/discussions")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/discussions")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String id = createDiscussion(body);
    given()
        .get("/api/v1/discussions/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Rust Users"))
        .body("topics", contains("rust"))
        .body("community", equalTo("TECHNOLOGY"))
        .body("activityLevel", equalTo("MEDIUM"))
        .body("createdAt", org.hamcrest.Matchers.notNullValue());
    given()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .delete("/api/v1/discussions/" + id)
        .then()
        .statusCode(403);
    given().auth().oauth2(ADMIN).delete("/api/v1/discussions/" + id).then().statusCode(204);
    given().get("/api/v1/discussions/" + id).then().statusCode(404);
  }

  @Test
  void searchByWordsAudienceKindAndCommunity() {
    String topic = uniqueTopic();
    Map<String, Object> alumni = discussion("Alumni in Tech", List.of(topic), "ALUMNI");
    alumni.put("audience", "Universidad de Buenos Aires");
    createDiscussion(alumni);
    Map<String, Object> event = discussion("Product Managers Meetup", List.of(topic), "DISCIPLINE");
    event.put("kind", "EVENT");
    createDiscussion(event);
    given()
        .queryParam("q", "Buenos Aires")
        .get("/api/v1/discussions")
        .then()
        .statusCode(200)
        .body("items.title", hasItem("Alumni in Tech"));
    given()
        .queryParam("topic", topic)
        .queryParam("kind", "EVENT")
        .get("/api/v1/discussions")
        .then()
        .body("items.title", contains("Product Managers Meetup"));
    given()
        .queryParam("topic", topic)
        .queryParam("community", "ALUMNI")
        .get("/api/v1/discussions")
        .then()
        .body("items.title", contains("Alumni in Tech"));
    given()
        .queryParam("community", "CLUB")
        .get("/api/v1/discussions")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("community"));
  }

  @Test
  void importByUrlIsIdempotent() {
    String topic = uniqueTopic();
    List<Map<String, Object>> batch =
        List.of(
            discussion("Import A", List.of(topic), "HOBBY"),
            discussion("Import B", List.of(topic), "HOBBY"));
    for (int[] expected : new int[][] {{2, 0, 0}, {0, 0, 2}}) {
      given()
          .urlEncodingEnabled(false)
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body(batch)
          .post("/api/v1/discussions:import")
          .then()
          .statusCode(200)
          .body("created", equalTo(expected[0]))
          .body("updated", equalTo(expected[1]))
          .body("unchanged", equalTo(expected[2]));
    }
    given().queryParam("topic", topic).get("/api/v1/discussions").then().body("items", hasSize(2));
  }
}
