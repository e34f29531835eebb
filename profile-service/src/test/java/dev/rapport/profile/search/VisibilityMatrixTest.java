package dev.rapport.profile.search;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Callers (anonymous, stranger, connection, owner) × each positioning section at each visibility,
 * over the profile read, the positioning read, search and suggestions: each caller sees exactly
 * what it may.
 */
@QuarkusTest
class VisibilityMatrixTest {

  static final List<String> SECTIONS =
      List.of(
          "statement",
          "goals",
          "skills",
          "interests",
          "organizations",
          "communities",
          "hobbies",
          "education");

  static final List<String> VISIBILITIES = List.of("PUBLIC", "CONNECTIONS", "PRIVATE");

  enum Who {
    ANONYMOUS,
    STRANGER,
    CONNECTION,
    OWNER
  }

  static boolean visible(Who who, String visibility) {
    return switch (who) {
      case OWNER -> true;
      case CONNECTION -> !visibility.equals("PRIVATE");
      case STRANGER, ANONYMOUS -> visibility.equals("PUBLIC");
    };
  }

  static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  record Subject(Registered member, Registered connection, String visibility, String word) {}

  static Map<String, Object> positioning(String w, String community, String visibility) {
    Map<String, Object> vis = new HashMap<>();
    SECTIONS.forEach(s -> vis.put(s, visibility));
    vis.put("location", visibility);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statement", "Statement " + w);
    body.put("goals", List.of(Map.of("goal", "EXPAND_PEER_NETWORK")));
    body.put("skills", List.of(Map.of("name", "Skill " + w, "level", "ADVANCED")));
    body.put("interests", List.of("Interest " + w));
    body.put("organizations", List.of(Map.of("name", "Org " + w)));
    body.put("communities", List.of(community));
    body.put("hobbies", List.of("Hobby " + w));
    body.put("education", List.of(Map.of("school", "School " + w)));
    body.put("visibility", vis);
    return body;
  }

  static RequestSpecification as(Who who, Subject s, Registered stranger) {
    RequestSpecification r = given();
    return switch (who) {
      case ANONYMOUS -> r;
      case STRANGER -> r.auth().oauth2(stranger.token());
      case CONNECTION -> r.auth().oauth2(s.connection().token());
      case OWNER -> r.auth().oauth2(s.member().token());
    };
  }

  static void assertSections(Map<String, Object> positioning, Who who, Subject s, String where) {
    for (String section : SECTIONS) {
      boolean shown = positioning != null && positioning.get(section) != null;
      assertEquals(
          visible(who, s.visibility()),
          shown,
          where + ": " + who + " sees " + section + " at " + s.visibility());
    }
  }

  @Test
  void everyCallerSeesExactlyWhatItMayOnEveryEndpoint() {
    String community = "Community " + word();
    Registered stranger = register("Stranger");
    position(stranger, Map.of("communities", List.of(community)));
    List<Subject> subjects = new ArrayList<>();
    for (String v : VISIBILITIES) {
      Registered m = register("Subject " + v);
      Registered friend = register("Friend of " + v);
      connect(m, friend);
      String w = word();
      position(m, positioning(w, community, v));
      subjects.add(new Subject(m, friend, v, w));
    }

    for (Subject s : subjects) {
      for (Who who : Who.values()) {
        // profile read
        JsonPath member =
            as(who, s, stranger)
                .get("/api/v1/members/" + s.member().id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertSections(member.getMap("positioning"), who, s, "GET member");

        // positioning read
        @SuppressWarnings("unchecked")
        Map<String, Object> positioning =
            as(who, s, stranger)
                .get("/api/v1/members/" + s.member().id() + "/positioning")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        assertSections(positioning, who, s, "GET positioning");

        // search by a skill only this subject has: found only where the skills may be seen
        JsonPath search =
            as(who, s, stranger)
                .queryParam("skill", "Skill " + s.word())
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = search.getList("items");
        assertEquals(
            visible(who, s.visibility()) ? 1 : 0,
            items.size(),
            "search: " + who + " finds by skills at " + s.visibility());
        for (Map<String, Object> item : items) {
          @SuppressWarnings("unchecked")
          Map<String, Object> p = (Map<String, Object>) item.get("positioning");
          assertSections(p, who, s, "search");
        }
      }
    }

    // suggestions for the stranger, who shares the community with all three subjects: only the
    // subject whose communities are public is suggested, shown as a stranger may see them
    JsonPath suggestions =
        given()
            .auth()
            .oauth2(stranger.token())
            .queryParam("limit", 50)
            .get("/api/v1/members/" + stranger.id() + "/connections/suggestions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = suggestions.getList("items");
    for (Subject s : subjects) {
      List<Map<String, Object>> mine =
          items.stream()
              .filter(
                  i -> s.member().id().toString().equals(((Map<?, ?>) i.get("member")).get("id")))
              .toList();
      assertEquals(
          s.visibility().equals("PUBLIC") ? 1 : 0,
          mine.size(),
          "suggested to a stranger at " + s.visibility());
      for (Map<String, Object> item : mine) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p =
            (Map<String, Object>) ((Map<String, Object>) item.get("member")).get("positioning");
        assertSections(p, Who.STRANGER, s, "suggestions");
        assertTrue(item.get("reasons").toString().contains("SHARED_COMMUNITY"), item.toString());
      }
    }
  }
}
