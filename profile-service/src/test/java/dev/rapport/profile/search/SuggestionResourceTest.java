package dev.rapport.profile.search;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static dev.rapport.profile.Fixtures.request;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuggestionResourceTest {

  static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static JsonPath suggestions(Registered m) {
    return given()
        .auth()
        .oauth2(m.token())
        .queryParam("limit", 50)
        .get("/api/v1/members/" + m.id() + "/connections/suggestions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The reasons given for suggesting {@code other}, as "TYPE detail". */
  static List<String> reasonsFor(JsonPath body, Registered other) {
    List<Map<String, Object>> items = body.getList("items");
    return items.stream()
        .filter(i -> other.id().toString().equals(((Map<?, ?>) i.get("member")).get("id")))
        .flatMap(i -> ((List<Map<String, Object>>) i.get("reasons")).stream())
        .map(r -> r.get("type") + " " + r.get("detail"))
        .toList();
  }

  @Test
  void classmatesColleaguesAndCommunitiesAreSuggestedWithTheirReasons() {
    String w = word();
    Registered ana = register("Ana");
    position(
        ana,
        Map.of(
            "goals", List.of(Map.of("goal", "RECONNECT")),
            "education", List.of(Map.of("school", "MIT " + w)),
            "organizations", List.of(Map.of("name", "Acme " + w, "current", false)),
            "communities", List.of("PyData " + w)));
    Registered classmate = register("Classmate");
    position(classmate, Map.of("education", List.of(Map.of("school", "mit  " + w.toUpperCase()))));
    Registered colleague = register("Colleague");
    position(
        colleague,
        Map.of(
            "organizations", List.of(Map.of("name", "ACME " + w, "current", true)),
            "communities", List.of("pydata " + w)));
    Registered hidden = register("Hidden");
    position(
        hidden,
        Map.of(
            "education", List.of(Map.of("school", "MIT " + w)),
            "visibility", Map.of("education", "CONNECTIONS")));

    JsonPath body = suggestions(ana);
    assertEquals(List.of("SHARED_SCHOOL MIT " + w), reasonsFor(body, classmate));
    assertEquals(
        List.of("SHARED_ORGANIZATION Acme " + w, "SHARED_COMMUNITY PyData " + w),
        reasonsFor(body, colleague));
    assertEquals(List.of(), reasonsFor(body, hidden), "only public sections count");
    List<Map<String, Object>> items = body.getList("items");
    Map<String, Object> forClassmate =
        items.stream()
            .filter(i -> classmate.id().toString().equals(((Map<?, ?>) i.get("member")).get("id")))
            .findFirst()
            .orElseThrow();
    assertEquals(5, forClassmate.get("score"), "a shared school weighs 5 when reconnecting");
    assertTrue(
        ((List<Map<String, Object>>) forClassmate.get("reasons"))
            .get(0)
            .get("text")
            .toString()
            .contains("reconnect with a classmate"));
    assertEquals(
        List.of(5, 5), items.stream().limit(2).map(i -> i.get("score")).toList(), "best first");
  }

  @Test
  void goalsFindClientsEmployersAndAudiences() {
    String w = word();
    Registered seller = register("Seller");
    position(
        seller,
        Map.of(
            "goals",
                List.of(
                    Map.of("goal", "FIND_CLIENTS"),
                    Map.of("goal", "FIND_JOB"),
                    Map.of("goal", "BECOME_KNOWN_EXPERT", "topic", "Pricing " + w)),
            "skills", List.of(Map.of("name", "Forecasting " + w, "level", "EXPERT"))));
    Registered client = register("Client");
    position(client, Map.of("interests", List.of("forecasting " + w)));
    Registered employer = register("Employer");
    position(
        employer,
        Map.of(
            "skills", List.of(Map.of("name", "Forecasting " + w, "level", "ADVANCED")),
            "organizations", List.of(Map.of("name", "Big Retail", "current", true))));
    Registered audience = register("Audience");
    position(audience, Map.of("interests", List.of("PRICING " + w)));

    JsonPath body = suggestions(seller);
    assertEquals(List.of("NEEDS_YOUR_SKILLS Forecasting " + w), reasonsFor(body, client));
    assertEquals(List.of("WORKS_IN_YOUR_FIELD Forecasting " + w), reasonsFor(body, employer));
    assertEquals(List.of("INTERESTED_IN_YOUR_TOPIC Pricing " + w), reasonsFor(body, audience));
  }

  @Test
  void mutualConnectionsAreNeverNamedAndLinkedMembersAreLeftOut() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    Registered cy = register("Cy");
    Registered di = register("Di");
    connect(ana, bo);
    connect(bo, cy);
    connect(di, bo);
    request(ana, di, "PEER");
    String w = word();
    position(ana, Map.of("communities", List.of("Chess " + w)));
    position(cy, Map.of("communities", List.of("Chess " + w)));
    JsonPath body = suggestions(ana);
    // Bo's connections are Bo's to show: Cy is suggested for the community only, Bo is not named
    assertEquals(List.of("SHARED_COMMUNITY Chess " + w), reasonsFor(body, cy));
    List<Map<String, Object>> items = body.getList("items");
    assertFalse(
        items.stream()
            .flatMap(i -> ((List<Map<String, Object>>) i.get("reasons")).stream())
            .anyMatch(
                r ->
                    "MUTUAL_CONNECTION".equals(r.get("type"))
                        || String.valueOf(r.get("text")).contains("Bo")));
    assertFalse(body.getList("items.member.id").contains(bo.id().toString()), "already connected");
    assertFalse(body.getList("items.member.id").contains(di.id().toString()), "already asked");
    assertFalse(body.getList("items.member.id").contains(ana.id().toString()), "not oneself");
  }

  @Test
  void onlyTheMemberAsksAndLimitIsChecked() {
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    given()
        .auth()
        .oauth2(bo.token())
        .get("/api/v1/members/" + ana.id() + "/connections/suggestions")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(ana.token())
        .queryParam("limit", 51)
        .get("/api/v1/members/" + ana.id() + "/connections/suggestions")
        .then()
        .statusCode(400)
        .body("errors[0].field", Matchers.equalTo("limit"));
  }
}
