package dev.rapport.profile.search;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTest {

  /** A word no other test uses, so each test searches its own members only. */
  static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static List<String> ids(RequestSpecification request) {
    return request.get("/api/v1/members").then().statusCode(200).extract().path("items.id");
  }

  static RequestSpecification as(Registered caller) {
    return caller == null ? given() : given().auth().oauth2(caller.token());
  }

  @Test
  void facetsMatchAfterNormalisationAndKeepTheMembersSpelling() {
    String w = word();
    Registered ana = register("Ana");
    position(
        ana,
        Map.of(
            "skills", List.of(Map.of("name", "Machine Learning " + w, "level", "EXPERT")),
            "interests", List.of("Climate " + w),
            "organizations", List.of(Map.of("name", "Acme " + w, "current", true)),
            "education", List.of(Map.of("school", "École " + w)),
            "goals", List.of(Map.of("goal", "FIND_CLIENTS"))));
    Registered bo = register("Bo");
    position(bo, Map.of("skills", List.of(Map.of("name", "Cooking " + w, "level", "EXPERT"))));
    // case, runs of white space and full-width letters all meet
    given()
        .queryParam("skill", "  machine   LEARNING " + w.toUpperCase())
        .get("/api/v1/members")
        .then()
        .statusCode(200)
        .body("items.id", contains(ana.id().toString()))
        .body("items[0].positioning.skills[0].name", equalTo("Machine Learning " + w));
    given()
        .queryParam("interest", "ｃｌｉｍａｔｅ " + w)
        .get("/api/v1/members")
        .then()
        .body("items.id", contains(ana.id().toString()));
    given()
        .queryParam("organization", "acme " + w)
        .queryParam("school", "ÉCOLE " + w)
        .queryParam("goal", "FIND_CLIENTS")
        .get("/api/v1/members")
        .then()
        .body("items.id", contains(ana.id().toString()));
    // all filters must hold
    given()
        .queryParam("skill", "cooking " + w)
        .queryParam("goal", "FIND_CLIENTS")
        .get("/api/v1/members")
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void facetsAndWordsMatchOnlySectionsTheCallerMaySee() {
    String w = word();
    Registered owner = register("Owner");
    position(
        owner,
        Map.of(
            "statement", "Quiet " + w,
            "skills", List.of(Map.of("name", "Secret " + w, "level", "EXPERT")),
            "visibility", Map.of("skills", "CONNECTIONS", "statement", "PRIVATE")));
    Registered stranger = register("Stranger");
    Registered friend = register("Friend");
    connect(friend, owner);
    String me = owner.id().toString();

    assertEquals(List.of(), ids(as(null).queryParam("skill", "secret " + w)));
    assertEquals(List.of(), ids(as(stranger).queryParam("skill", "secret " + w)));
    assertEquals(List.of(me), ids(as(friend).queryParam("skill", "secret " + w)));
    assertEquals(List.of(me), ids(as(owner).queryParam("skill", "secret " + w)));
    assertEquals(
        List.of(me),
        ids(
            given()
                .auth()
                .oauth2(TestTokens.service("recommendation-service"))
                .queryParam("skill", "secret " + w)));

    assertEquals(List.of(), ids(as(null).queryParam("q", w)));
    assertEquals(List.of(), ids(as(stranger).queryParam("q", w)));
    assertEquals(List.of(me), ids(as(friend).queryParam("q", w)), "skills are for connections");
    assertEquals(List.of(me), ids(as(owner).queryParam("q", "quiet " + w)));
    assertEquals(List.of(), ids(as(friend).queryParam("q", "quiet " + w)), "statement is private");
  }

  @Test
  void fullTextFindsWordsInPublicSectionsAndNamesFuzzily() {
    String w = word();
    Registered ana = register("Anastasia " + w);
    Registered bo = register("Bo");
    position(bo, Map.of("statement", "I write about " + w + " and forecasting"));
    assertEquals(
        new HashSet<>(List.of(ana.id().toString(), bo.id().toString())),
        new HashSet<>(ids(given().queryParam("q", w))));
    assertEquals(List.of(bo.id().toString()), ids(given().queryParam("q", w + " forecasting")));
    // a misspelt name still finds its member through trigram similarity
    assertEquals(
        List.of(ana.id().toString()),
        ids(given().queryParam("q", "anastasia " + w.substring(0, w.length() - 1))));
  }

  @Test
  void pagesAreStableWhenMembersAreAddedMeanwhile() {
    String w = word();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Registered m = register("Paged " + i);
      position(m, Map.of("interests", List.of(w)));
      all.add(m.id().toString());
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("interest", w).queryParam("limit", 2);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/members").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
      if (pages++ == 0) {
        // a member added between pages never makes a page repeat or skip an earlier member
        Registered late = register("Late");
        position(late, Map.of("interests", List.of(w)));
        all.add(late.id().toString());
      }
    } while (cursor != null);
    assertEquals(new HashSet<>(seen).size(), seen.size(), "no member twice");
    assertEquals(true, seen.containsAll(all.subList(0, 5)), "no member skipped");
  }

  @Test
  void relevancePagesCarryOn() {
    String w = word();
    for (int i = 0; i < 3; i++) {
      Registered m = register("Ranked " + i);
      position(m, Map.of("statement", (w + " ").repeat(i + 1) + "things"));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("q", w).queryParam("limit", 1);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/members").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(3, new HashSet<>(seen).size());
    assertEquals(3, seen.size());
  }

  @Test
  void badSearchInputIsA400NamingTheParameter() {
    Map<String, Map<String, String>> cases =
        Map.of(
            "limit", Map.of("limit", "0"),
            "cursor", Map.of("cursor", "not-a-cursor"),
            "goal", Map.of("goal", "GET_RICH"),
            "q", Map.of("q", "x".repeat(201)),
            "skill", Map.of("skill", "x".repeat(101)),
            "ids", Map.of("ids", UUID.randomUUID().toString(), "q", "both"));
    cases.forEach(
        (field, params) ->
            given()
                .queryParams(params)
                .get("/api/v1/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)));
    for (String limit : List.of("101", "-1", "many")) {
      given()
          .queryParam("limit", limit)
          .get("/api/v1/members")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("limit"));
    }
    // a cursor of a search by words does not page a search without them
    String w = word();
    for (int i = 0; i < 2; i++) {
      position(register("Cursor " + i), Map.of("statement", w));
    }
    String cursor =
        given()
            .queryParam("q", w)
            .queryParam("limit", 1)
            .get("/api/v1/members")
            .then()
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    given()
        .queryParam("cursor", cursor)
        .get("/api/v1/members")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void noParametersListsEveryoneInPages() {
    given()
        .queryParam("limit", 1)
        .get("/api/v1/members")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("nextCursor", notNullValue());
  }
}
