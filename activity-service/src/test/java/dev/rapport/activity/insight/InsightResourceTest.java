package dev.rapport.activity.insight;

import static dev.rapport.activity.Activities.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.activity.Bodies;
import dev.rapport.activity.ProfileServiceMock;
import dev.rapport.activity.TestClock;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InsightResourceTest {

  @Inject TestClock clock;

  /** JSON decimals come back as floats. */
  static org.hamcrest.Matcher<Float> near(double expected) {
    return allOf(greaterThan((float) (expected - 0.01)), lessThan((float) (expected + 0.01)));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static ValidatableResponse read(UUID caller, String path) {
    return given().auth().oauth2(TestTokens.member(caller)).get("/api/v1/members/" + path).then();
  }

  static ValidatableResponse cadence(UUID member, UUID counterpart, String body) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/members/" + member + "/relationships/" + counterpart + "/cadence")
        .then();
  }

  @Test
  void relationshipsDecayWithTimeAndSortByStrength() {
    UUID me = UUID.randomUUID();
    UUID speaker = UUID.randomUUID(); // I gave a talk for them: weight 12
    UUID peer = UUID.randomUUID(); // a video call: weight 8
    UUID mentor = UUID.randomUUID(); // they advised me: weight 8, received
    create(me, Bodies.contribution("TALK", List.of(speaker), null));
    create(me, Bodies.discussion("VIDEO_CALL", List.of(peer), null));
    create(me, Bodies.contribution("ADVICE", List.of(mentor), "\"direction\":\"RECEIVED\""));

    JsonPath now = read(me, me + "/relationships").statusCode(200).extract().jsonPath();
    assertEquals(speaker.toString(), now.getString("items[0].counterpartId"));
    assertEquals("ACTIVE", now.getString("items[0].status"));
    assertEquals(12.0, now.getDouble("items[0].strength"), 0.01);
    assertEquals(List.of("ACTIVE", "ACTIVE", "ACTIVE"), now.getList("items.status"));

    read(me, me + "/relationships")
        .body("items.find { it.counterpartId == '" + mentor + "' }.received.weight", equalTo(8))
        .body("items.find { it.counterpartId == '" + mentor + "' }.given.count", equalTo(0))
        .body("items.find { it.counterpartId == '" + mentor + "' }.balance", equalTo(-8))
        .body("items.find { it.counterpartId == '" + speaker + "' }.balance", equalTo(12))
        .body("items.find { it.counterpartId == '" + peer + "' }.ways", contains("DISCUSSION"))
        .body("items.find { it.counterpartId == '" + peer + "' }.interactions", equalTo(1));

    // 45 days on: 12 x 0.5^1.5 = 4.24 stays ACTIVE; 8 x 0.5^1.5 = 2.83 is FADING.
    clock.advance(Duration.ofDays(45));
    read(me, me + "/relationships")
        .statusCode(200)
        .body("items[0].counterpartId", equalTo(speaker.toString()))
        .body("items[0].strength", near(4.243))
        .body("items[0].status", equalTo("ACTIVE"))
        .body("items[1].strength", near(2.828))
        .body("items[1].status", equalTo("FADING"));

    // A new call with the peer makes it the strongest.
    create(me, Bodies.discussion("VIDEO_CALL", List.of(peer), null));
    read(me, me + "/relationships")
        .body("items[0].counterpartId", equalTo(peer.toString()))
        .body("items[0].strength", near(10.828))
        .body("items[0].interactions", equalTo(2));

    // 120 days after the first logs everything from then is DORMANT.
    clock.advance(Duration.ofDays(75));
    read(me, me + "/relationships")
        .body("items.find { it.counterpartId == '" + speaker + "' }.status", equalTo("DORMANT"))
        .body("items.find { it.counterpartId == '" + mentor + "' }.status", equalTo("DORMANT"));
  }

  @Test
  void relationshipsPageByStrength() {
    UUID me = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      create(
          me,
          Bodies.contribution(i % 2 == 0 ? "TALK" : "RESOURCE", List.of(UUID.randomUUID()), null));
    }
    List<String> seen = new ArrayList<>();
    List<Double> strengths = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().auth().oauth2(TestTokens.member(me)).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/api/v1/members/" + me + "/relationships")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("items.counterpartId"));
      strengths.addAll(page.getList("items.strength", Double.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(5, seen.size());
    assertEquals(5, seen.stream().distinct().count());
    for (int i = 1; i < strengths.size(); i++) {
      assertEquals(true, strengths.get(i - 1) >= strengths.get(i), "strongest first");
    }
    read(me, me + "/relationships?cursor=zzz")
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void onlyTheMemberReadsTheirInsights() {
    UUID me = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    for (String path : List.of("/activity-summary", "/relationships", "/nudges")) {
      read(other, me + path).statusCode(403).contentType("application/problem+json");
      given()
          .auth()
          .oauth2(TestTokens.service("recommendation-service"))
          .get("/api/v1/members/" + me + path)
          .then()
          .statusCode(403);
      given().get("/api/v1/members/" + me + path).then().statusCode(401);
      read(me, me + path).statusCode(200);
    }
    cadence(me, UUID.randomUUID(), "{\"everyDays\":7}").statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.member(other))
        .contentType(ContentType.JSON)
        .body("{\"everyDays\":7}")
        .put("/api/v1/members/" + me + "/relationships/" + UUID.randomUUID() + "/cadence")
        .then()
        .statusCode(403);
  }

  @Test
  void summaryCountsWaysHoursPeopleAndStreak() {
    UUID me = UUID.randomUUID();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    Instant now = Instant.now();
    create(me, Bodies.contribution("MENTORING", List.of(a, b), null)); // 1.5 h
    create(
        me,
        Bodies.contribution(
            "ADVICE", List.of(a), "\"occurredAt\":\"" + now.minus(Duration.ofDays(7)) + "\""));
    create(
        me,
        Bodies.discussion(
            "COMMENTED", List.of(b), "\"occurredAt\":\"" + now.minus(Duration.ofDays(14)) + "\""));
    create(
        me,
        Bodies.share(
            List.of(), "FEED", "\"occurredAt\":\"" + now.minus(Duration.ofDays(60)) + "\""));

    read(me, me + "/activity-summary?window=P30D")
        .statusCode(200)
        .body("window", equalTo("P30D"))
        .body("total", equalTo(3))
        .body("totalWeight", equalTo(11 + 8 + 3))
        .body("ways.find { it.type == 'CONTRIBUTION' }.count", equalTo(2))
        .body("ways.find { it.type == 'CONTRIBUTION' }.way", equalTo(2))
        .body("ways.find { it.type == 'DISCUSSION' }.count", equalTo(1))
        .body("ways", hasSize(4))
        .body("kinds.find { it.kind == 'MENTORING' }.count", equalTo(1))
        .body("hoursContributed", equalTo(3.0f))
        .body("peopleReached", equalTo(2))
        .body("weeklyStreak", equalTo(3))
        .body("waysNotPractised", contains("KNOWLEDGE_SHARE", "LEARNING"));
    read(me, me + "/activity-summary?window=P90D")
        .body("total", equalTo(4))
        .body("waysNotPractised", contains("LEARNING"));
    read(me, me + "/activity-summary").body("window", equalTo("P30D"));

    // Three weeks later, with nothing logged since, the streak is broken.
    clock.advance(Duration.ofDays(21));
    read(me, me + "/activity-summary").body("weeklyStreak", equalTo(0)).body("total", equalTo(2));

    read(me, me + "/activity-summary?window=30")
        .statusCode(400)
        .body("errors[0].field", equalTo("window"));
    read(me, me + "/activity-summary?window=P2Y")
        .statusCode(400)
        .body("errors[0].field", equalTo("window"));
  }

  @Test
  void aCadenceIsDueAfterEveryDaysAndAnyInteractionResetsIt() {
    UUID me = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    create(me, Bodies.discussion("VIDEO_CALL", List.of(friend), null));
    cadence(me, friend, "{\"everyDays\":7}")
        .statusCode(200)
        .body("counterpartId", equalTo(friend.toString()))
        .body("cadence.everyDays", equalTo(7))
        .body("cadence.overdue", equalTo(false));
    cadence(me, friend, "{\"everyDays\":0}")
        .statusCode(400)
        .body("errors[0].field", equalTo("everyDays"));
    cadence(me, me, "{\"everyDays\":7}").statusCode(400);
    cadence(me, ProfileServiceMock.unknownMember(), "{\"everyDays\":7}").statusCode(422);

    clock.advance(Duration.ofDays(10));
    read(me, me + "/relationships").body("items[0].cadence.overdue", equalTo(true));
    read(me, me + "/nudges")
        .body(
            "items.find { it.kind == 'OVERDUE_CADENCE' }.counterpartId", equalTo(friend.toString()))
        .body("items.find { it.kind == 'OVERDUE_CADENCE' }.reason", containsString("every 7 days"));

    create(me, Bodies.discussion("COMMENTED", List.of(friend), null));
    read(me, me + "/relationships").body("items[0].cadence.overdue", equalTo(false));
    read(me, me + "/nudges").body("items.kind", not(hasItem("OVERDUE_CADENCE")));

    // A cadence with someone not yet in the log is listed too.
    UUID newcomer = UUID.randomUUID();
    cadence(me, newcomer, "{\"everyDays\":30}")
        .statusCode(200)
        .body("interactions", equalTo(0))
        .body("status", equalTo("DORMANT"))
        .body("lastInteractionAt", nullValue());
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .delete("/api/v1/members/" + me + "/relationships/" + newcomer + "/cadence")
        .then()
        .statusCode(204);
    read(me, me + "/relationships").body("items.counterpartId", not(hasItem(newcomer.toString())));
  }

  @Test
  void nudgesNameTheNextActionsWithTheirReasons() {
    UUID me = UUID.randomUUID();
    UUID mentor = UUID.randomUUID();
    UUID old = UUID.randomUUID();
    UUID companion = UUID.randomUUID();
    UUID course = UUID.randomUUID();
    create(me, Bodies.discussion("VIDEO_CALL", List.of(old), null));
    clock.advance(Duration.ofDays(45)); // the call with `old` is now FADING (2.83)
    create(me, Bodies.contribution("ADVICE", List.of(mentor), "\"direction\":\"RECEIVED\""));
    create(me, Bodies.learning("ENROLLED", course, List.of(companion), null));
    String share =
        given()
            .auth()
            .oauth2(TestTokens.member(me))
            .contentType(ContentType.JSON)
            .body(Bodies.share(List.of(), "FEED", null))
            .post("/api/v1/activities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    read(me, me + "/nudges")
        .statusCode(200)
        .body("items.find { it.kind == 'RECONNECT' }.counterpartId", equalTo(old.toString()))
        .body("items.find { it.kind == 'RECONNECT' }.reason", containsString("45 days"))
        .body("items.find { it.kind == 'GIVE_FIRST' }.counterpartId", equalTo(mentor.toString()))
        .body("items.find { it.kind == 'INSIGHT_OWED' }.courseId", equalTo(course.toString()))
        .body("items.find { it.kind == 'ADDRESS_SHARE' }.activityId", equalTo(share))
        .body("items.findAll { it.kind == 'PRACTISE_WAY' }.type", contains("DISCUSSION"))
        .body("items.action", not(hasItem(nullValue())));

    // Giving back, sharing an insight and a call clear those nudges.
    create(me, Bodies.contribution("INTRODUCTION", List.of(mentor), null));
    create(me, Bodies.learning("INSIGHT", course, List.of(companion), null));
    create(me, Bodies.discussion("VIDEO_CALL", List.of(old), null));
    read(me, me + "/nudges")
        .body("items.kind", not(hasItem("GIVE_FIRST")))
        .body("items.kind", not(hasItem("INSIGHT_OWED")))
        .body("items.kind", not(hasItem("RECONNECT")))
        .body("items.kind", not(hasItem("PRACTISE_WAY")));
  }
}
