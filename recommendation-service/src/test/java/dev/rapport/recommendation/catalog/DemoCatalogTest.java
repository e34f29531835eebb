package dev.rapport.recommendation.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoCatalogTest.LoadDemo.class)
class DemoCatalogTest {

  public static class LoadDemo implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rapport.catalog.load-demo", "true");
    }
  }

  @Inject DemoCatalogLoader loader;

  @Test
  void aLocalRunHasAVariedCatalogAndReloadingChangesNothing() {
    List<Map<String, Object>> courses = all("/api/v1/courses");
    List<Map<String, Object>> discussions = all("/api/v1/discussions");
    assertTrue(courses.size() >= 200, "courses: " + courses.size());
    assertTrue(discussions.size() >= 100, "discussions: " + discussions.size());
    Set<Object> providers = new HashSet<>();
    Set<Object> levels = new HashSet<>();
    courses.forEach(
        c -> {
          providers.add(c.get("provider"));
          levels.add(c.get("level"));
        });
    assertTrue(
        providers.containsAll(List.of("LINKEDIN_LEARNING", "COURSERA", "UDEMY", "EDX")),
        providers.toString());
    assertEquals(3, levels.size());
    Set<Object> schools = new HashSet<>();
    discussions.stream()
        .filter(d -> "ALUMNI".equals(d.get("community")))
        .forEach(d -> schools.add(d.get("audience")));
    assertTrue(schools.size() >= 5, schools.toString());
    for (String topic : List.of("spanish", "photography", "finance", "data engineering")) {
      given()
          .queryParam("topic", topic)
          .get("/api/v1/courses")
          .then()
          .body("items.size()", greaterThanOrEqualTo(1));
    }

    DemoCatalogLoader.Loaded again = loader.load();
    assertEquals(new ImportResult(0, 0, courses.size()), again.courses());
    assertEquals(new ImportResult(0, 0, discussions.size()), again.discussions());
  }

  private static List<Map<String, Object>> all(String path) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("limit", 100);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      ExtractableResponse<Response> page = request.get(path).then().statusCode(200).extract();
      items.addAll(page.path("items"));
      cursor = page.path("nextCursor");
    } while (cursor != null);
    return items;
  }
}
