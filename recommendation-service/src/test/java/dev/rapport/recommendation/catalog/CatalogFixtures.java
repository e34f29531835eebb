package dev.rapport.recommendation.catalog;

import static io.restassured.RestAssured.given;

import dev.rapport.common.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds catalog entries through the admin API, as an operator would. */
public final class CatalogFixtures {

  public static final String ADMIN = TestTokens.admin(UUID.randomUUID());

  private CatalogFixtures() {}

  public static Map<String, Object> course(String title, List<String> topics, List<String> skills) {
    Map<String, Object> c = new HashMap<>();
    c.put("provider", "COURSERA");
    c.put("title", title);
    c.put("url", "https://example.com/courses/" + UUID.randomUUID());
    c.put("description", "Learn " + title + " step by step.");
    c.put("topics", topics);
    c.put("skills", skills);
    c.put("level", "INTERMEDIATE");
    c.put("durationMinutes", 600);
    c.put("language", "en");
    c.put("rating", 4.2);
    c.put("ratingCount", 150);
    return c;
  }

  public static Map<String, Object> discussion(
      String title, List<String> topics, String community) {
    Map<String, Object> d = new HashMap<>();
    d.put("kind", "GROUP");
    d.put("title", title);
    d.put("url", "https://example.com/groups/" + UUID.randomUUID());
    d.put("description", "A group about " + title + ".");
    d.put("topics", topics);
    d.put("community", community);
    d.put("activityLevel", "MEDIUM");
    return d;
  }

  public static String create(Map<String, Object> course) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(course)
        .post("/api/v1/courses")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String createDiscussion(Map<String, Object> discussion) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(discussion)
        .post("/api/v1/discussions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A topic no other test uses, so listings filtered by it see only this test's rows. */
  public static String uniqueTopic() {
    return "topic " + UUID.randomUUID().toString().substring(0, 8);
  }
}
