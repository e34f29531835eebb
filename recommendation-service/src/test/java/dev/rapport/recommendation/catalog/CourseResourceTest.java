package dev.rapport.recommendation.catalog;

import static dev.rapport.recommendation.catalog.CatalogFixtures.ADMIN;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static dev.rapport.recommendation.catalog.CatalogFixtures.uniqueTopic;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CourseResourceTest {

  @Test
  void adminCreatesACourseEveryoneCanRead() {
    Map<String, Object> body =
        course(
            "Spark for Data Engineers", List.of("Data-Engineering", "Big Data"), List.of("Spark"));
    body.put("cohortStart", "2026-12-01T09:00:00Z");
    String location =
        given()
            .auth()
            .oauth2(ADMIN)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/courses")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/courses/"))
            .body("id", notNullValue())
            .body("topics", contains("data engineering", "big data"))
            .body("skills", contains("spark"))
            .extract()
            .header("Location");
    given()
        .get(location)
        .then()
        .statusCode(200)
        .body("title", equalTo("Spark for Data Engineers"))
        .body("provider", equalTo("COURSERA"))
        .body("level", equalTo("INTERMEDIATE"))
        .body("rating", equalTo(4.2f))
        .body("ratingCount", equalTo(150))
        .body("cohortStart", equalTo("2026-12-01T09:00:00Z"));
  }

  @Test
  void onlyAdminsWrite() {
    Map<String, Object> body = course("Negotiation Basics", List.of("negotiation"), List.of());
    String member = TestTokens.member(UUID.randomUUID());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/courses")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(member)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/courses")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String id = create(body);
    given()
        .auth()
        .oauth2(member)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/courses/" + id)
        .then()
        .statusCode(403);
    given().auth().oauth2(member).delete("/api/v1/courses/" + id).then().statusCode(403);
    given().delete("/api/v1/courses/" + id).then().statusCode(401);
    given().get("/api/v1/courses/" + id).then().statusCode(200);
  }

  @Test
  void adminUpdatesAndDeletes() {
    Map<String, Object> body =
        course("Excel for Analysts", List.of("spreadsheets"), List.of("excel"));
    String id = create(body);
    body.put("title", "Excel for Financial Analysts");
    body.put("level", "ADVANCED");
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/courses/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Excel for Financial Analysts"))
        .body("level", equalTo("ADVANCED"));
    given().auth().oauth2(ADMIN).delete("/api/v1/courses/" + id).then().statusCode(204);
    given()
        .get("/api/v1/courses/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void invalidCoursesAreRejectedNamingTheField() {
    Map<String, Object> body = course("Bad", List.of("x"), List.of());
    body.put("rating", 6.5);
    body.put("url", "not a url");
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/courses")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("rating"))
        .body("errors.field", hasItem("url"));
    Map<String, Object> dup = course("Dup", List.of("x"), List.of());
    create(dup);
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(dup)
        .post("/api/v1/courses")
        .then()
        .statusCode(409);
    given().get("/api/v1/courses/nope").then().statusCode(400).body("errors.field", hasItem("id"));
  }

  @Test
  void searchFindsByWordsTyposTopicProviderAndLevel() {
    String topic = uniqueTopic();
    Map<String, Object> kafka = course("Streaming Pipelines with Kafka", List.of(topic), List.of());
    kafka.put("provider", "UDEMY");
    kafka.put("level", "ADVANCED");
    create(kafka);
    Map<String, Object> sql = course("Relational Databases and SQL", List.of(topic), List.of());
    sql.put("description", "Joins, window functions and indexes in PostgreSQL.");
    create(sql);
    create(course("Public Speaking for Introverts", List.of(uniqueTopic()), List.of()));

    given()
        .queryParam("q", "window functions")
        .get("/api/v1/courses")
        .then()
        .statusCode(200)
        .body("items.title", hasItem("Relational Databases and SQL"))
        .body("items.title", org.hamcrest.Matchers.not(hasItem("Public Speaking for Introverts")));
    given()
        .queryParam("q", "Streming Piplines")
        .get("/api/v1/courses")
        .then()
        .statusCode(200)
        .body("items[0].title", equalTo("Streaming Pipelines with Kafka"));
    given()
        .queryParam("topic", topic.toUpperCase())
        .get("/api/v1/courses")
        .then()
        .body("items", hasSize(2));
    given()
        .queryParam("topic", topic)
        .queryParam("provider", "udemy")
        .queryParam("level", "ADVANCED")
        .get("/api/v1/courses")
        .then()
        .body("items.title", contains("Streaming Pipelines with Kafka"));
    given()
        .queryParam("provider", "NETFLIX")
        .get("/api/v1/courses")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("provider"));
    given().queryParam("limit", 0).get("/api/v1/courses").then().statusCode(400);
    given()
        .queryParam("limit", "ten")
        .get("/api/v1/courses")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("limit"));
    given()
        .get("/api/v1/courses/not-a-uuid")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("id"));
    given()
        .queryParam("cursor", "garbage!")
        .get("/api/v1/courses")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("cursor"));
  }

  @Test
  void cursorWalksEveryMatchOnceWithAndWithoutQuery() {
    String topic = uniqueTopic();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(create(course("Machine Learning Part " + i, List.of(topic), List.of())));
    }
    for (String q : new String[] {null, "machine learning"}) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        var request = given().queryParam("topic", topic).queryParam("limit", 3);
        if (q != null) {
          request.queryParam("q", q);
        }
        if (cursor != null) {
          request.queryParam("cursor", cursor);
        }
        ExtractableResponse<Response> page =
            request.get("/api/v1/courses").then().statusCode(200).extract();
        seen.addAll(page.path("items.id"));
        cursor = page.path("nextCursor");
        pages++;
      } while (cursor != null && pages < 10);
      assertEquals(3, pages);
      assertEquals(7, seen.size());
      assertEquals(7, seen.stream().distinct().count());
      assertEquals(created.stream().sorted().toList(), seen.stream().sorted().toList());
    }
    given()
        .queryParam("topic", topic)
        .queryParam("limit", 7)
        .get("/api/v1/courses")
        .then()
        .body("nextCursor", nullValue());
  }

  // The colon of courses:import is sent as is (RestAssured would percent-encode it, and
  // Quarkus REST matches the raw path, so /courses%3Aimport is a 404).
  @Test
  void importByUrlIsIdempotentAndReportsCounts() {
    String topic = uniqueTopic();
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(course("Imported Course " + i, List.of(topic), List.of("python")));
    }
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/v1/courses:import")
        .then()
        .statusCode(200)
        .body("created", equalTo(5))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(0));
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/v1/courses:import")
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(5));
    batch.get(2).put("title", "Imported Course Two, Revised");
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/v1/courses:import")
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(4));
    given()
        .queryParam("topic", topic)
        .get("/api/v1/courses")
        .then()
        .body("items", hasSize(5))
        .body("items.title", hasItem("Imported Course Two, Revised"));
  }

  @Test
  void importIsForAdminsAndRejectsRepeatedUrls() {
    Map<String, Object> one = course("Repeated", List.of("x"), List.of());
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body(List.of(one))
        .post("/api/v1/courses:import")
        .then()
        .statusCode(403);
    given()
        .urlEncodingEnabled(false)
        .contentType(ContentType.JSON)
        .body(List.of(one))
        .post("/api/v1/courses:import")
        .then()
        .statusCode(401);
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(List.of(one, one))
        .post("/api/v1/courses:import")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[1].url"));
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(List.of(Map.of("title", "no url")))
        .post("/api/v1/courses:import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
