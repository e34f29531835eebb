package dev.rapport.profile.positioning;

import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.positioningETag;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PositioningResourceTest {

  static Map<String, Object> full() {
    return Map.of(
        "statement", "I help retailers forecast demand; connect to talk shop.",
        "goals",
            List.of(
                Map.of("goal", "BECOME_KNOWN_EXPERT", "topic", "machine  learning"),
                Map.of("goal", "FIND_CLIENTS", "note", "Mid-size retailers")),
        "skills", List.of(Map.of("name", "Machine Learning", "level", "EXPERT", "years", 8)),
        "interests", List.of("Climate tech"),
        "organizations", List.of(Map.of("name", "Acme", "role", "Lead", "current", true)),
        "communities", List.of("PyData"),
        "hobbies", List.of("Bouldering"),
        "education",
            List.of(
                Map.of(
                    "school",
                    "MIT",
                    "degree",
                    "MSc",
                    "field",
                    "Statistics",
                    "graduationYear",
                    2014)));
  }

  @Test
  void putReplacesThePositioningAndKeepsTheMembersSpelling() {
    Registered m = register("Ana Lima");
    String etag = positioningETag(m);
    String next =
        given()
            .auth()
            .oauth2(m.token())
            .header("If-Match", etag)
            .contentType(ContentType.JSON)
            .body(full())
            .put("/api/v1/members/" + m.id() + "/positioning")
            .then()
            .statusCode(200)
            .header("ETag", not(equalTo(etag)))
            .body("skills[0].name", equalTo("Machine Learning"))
            .body("goals[0].topic", equalTo("machine  learning"))
            .body("visibility.statement", equalTo("PUBLIC"))
            .extract()
            .header("ETag");
    given()
        .get("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .statusCode(200)
        .header("ETag", equalTo(next))
        .body("education[0].school", equalTo("MIT"))
        .body("communities", contains("PyData"))
        .body("visibility", nullValue());
  }

  @Test
  void eachAudienceReadsTheSectionsItMaySee() {
    Registered m = register("Ana Lima");
    position(
        m,
        Map.of(
            "statement", "Public words",
            "hobbies", List.of("Chess"),
            "interests", List.of("Secrets"),
            "visibility", Map.of("hobbies", "CONNECTIONS", "interests", "PRIVATE")));
    Registered stranger = register("Stranger");
    Registered friend = register("Friend");
    dev.rapport.profile.Fixtures.connect(m, friend);
    String path = "/api/v1/members/" + m.id() + "/positioning";
    given()
        .get(path)
        .then()
        .body("statement", equalTo("Public words"))
        .body("hobbies", nullValue())
        .body("interests", nullValue());
    given()
        .auth()
        .oauth2(stranger.token())
        .get(path)
        .then()
        .body("hobbies", nullValue())
        .body("interests", nullValue());
    given()
        .auth()
        .oauth2(friend.token())
        .get(path)
        .then()
        .body("hobbies", contains("Chess"))
        .body("interests", nullValue())
        .body("visibility", nullValue());
    given()
        .auth()
        .oauth2(m.token())
        .get(path)
        .then()
        .body("hobbies", contains("Chess"))
        .body("interests", contains("Secrets"))
        .body("visibility.interests", equalTo("PRIVATE"));
  }

  @Test
  void putWithoutIfMatchIs428AndWithAStaleOneIs412() {
    Registered m = register("Ana Lima");
    given()
        .auth()
        .oauth2(m.token())
        .contentType(ContentType.JSON)
        .body(full())
        .put("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    String etag = positioningETag(m);
    position(m, Map.of("statement", "first"));
    given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Map.of("statement", "second"))
        .put("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .get("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .body("statement", equalTo("first"));
  }

  @Test
  void anotherMemberCannotReplaceIt() {
    Registered m = register("Ana Lima");
    Registered other = register("Bo Other");
    given()
        .auth()
        .oauth2(other.token())
        .header("If-Match", positioningETag(m))
        .contentType(ContentType.JSON)
        .body(Map.of("statement", "hijacked"))
        .put("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .statusCode(403);
  }

  @Test
  void badPositioningsAre400sNamingTheField() {
    Registered m = register("Ana Lima");
    String etag = positioningETag(m);
    Map<String, Object> cases =
        Map.of(
            "statement", Map.of("statement", "x".repeat(1001)),
            "skills[0].level", Map.of("skills", List.of(Map.of("name", "Go", "level", "GURU"))),
            "goals[0].goal", Map.of("goals", List.of(Map.of("goal", "GET_RICH"))),
            "visibility.skills", Map.of("visibility", Map.of("skills", "FRIENDS_ONLY")),
            "interests[0]", Map.of("interests", List.of("x".repeat(101))),
            "goals[0].topic", Map.of("goals", List.of(Map.of("goal", "BECOME_KNOWN_EXPERT"))),
            "favouriteColour", Map.of("favouriteColour", "blue"));
    cases.forEach(
        (field, body) ->
            given()
                .auth()
                .oauth2(m.token())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/members/" + m.id() + "/positioning")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                    "detail",
                    containsString(field.replaceAll("\\[0\\]", "").replaceAll("\\..*", "")))
                .body(
                    "errors.field",
                    hasItem(
                        containsString(field.replaceAll("\\[0\\]", "").replaceAll(".*\\.", "")))));
  }

  @Test
  void aBadNestedFieldIsNamedWithItsIndex() {
    Registered m = register("Ana Lima");
    given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", positioningETag(m))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "skills",
                List.of(
                    Map.of("name", "Go", "level", "EXPERT"),
                    Map.of("name", "x".repeat(101), "level", "EXPERT"))))
        .put("/api/v1/members/" + m.id() + "/positioning")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(400)
        .body("errors[0].field", equalTo("skills[1].name"));
  }

  @Test
  void emptyPositioningScoresLowAndTheCoachNamesTheBiggestGap() {
    Registered m = register("Ana Lima");
    given()
        .auth()
        .oauth2(m.token())
        .get("/api/v1/members/" + m.id() + "/positioning/assessment")
        .then()
        .statusCode(200)
        .body("score", equalTo(0))
        .body("gaps.code", hasItem("NO_STATEMENT"))
        .body("gaps.code", hasItem("NOTHING_PUBLIC"))
        .body("nextBestAction.code", equalTo("NO_GOAL"))
        .body("nextBestAction.points", equalTo(30));
  }

  @Test
  void aGoalWithoutMatchingSkillsOrInterestsCostsPoints() {
    Registered m = register("Ana Lima");
    position(
        m,
        Map.of(
            "statement", "Statistician",
            "goals", List.of(Map.of("goal", "BECOME_KNOWN_EXPERT", "topic", "Causal inference")),
            "skills", List.of(Map.of("name", "Forecasting", "level", "EXPERT")),
            "interests", List.of("Climate"),
            "education", List.of(Map.of("school", "MIT")),
            "communities", List.of("PyData")));
    given()
        .auth()
        .oauth2(m.token())
        .get("/api/v1/members/" + m.id() + "/positioning/assessment")
        .then()
        .statusCode(200)
        .body("score", equalTo(80))
        .body("gaps.code", contains("GOAL_WITHOUT_MATCH", "NO_HEADLINE"))
        .body("nextBestAction.code", equalTo("GOAL_WITHOUT_MATCH"));
  }

  @Test
  void aFullPositioningScores100AndOnlyTheOwnerAsks() {
    Registered m = register("Ana Lima");
    position(m, full());
    String etag =
        given().auth().oauth2(m.token()).get("/api/v1/members/me").then().extract().header("ETag");
    given()
        .auth()
        .oauth2(m.token())
        .header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body("{\"headline\": \"Forecasting for retail\"}")
        .patch("/api/v1/members/" + m.id())
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(m.token())
        .get("/api/v1/members/" + m.id() + "/positioning/assessment")
        .then()
        .statusCode(200)
        .body("score", equalTo(100))
        .body("gaps", hasSize(0))
        .body("nextBestAction", nullValue());
    Registered other = register("Bo Other");
    given()
        .auth()
        .oauth2(other.token())
        .get("/api/v1/members/" + m.id() + "/positioning/assessment")
        .then()
        .statusCode(403);
  }

  @Test
  void assessmentRulesArePublishedInTheOpenApiDocument() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "paths.'/api/v1/members/{id}/positioning/assessment'.get.description",
            containsString("every goal backed"));
  }
}
