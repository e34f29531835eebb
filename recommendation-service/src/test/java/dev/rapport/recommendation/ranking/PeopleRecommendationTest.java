package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.FeedStubs.deliver;
import static dev.rapport.recommendation.FeedStubs.enrolment;
import static dev.rapport.recommendation.FeedStubs.goal;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.FeedStubs.visibleTo;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static dev.rapport.recommendation.ranking.Members.connect;
import static dev.rapport.recommendation.ranking.Members.known;
import static dev.rapport.recommendation.ranking.Members.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.recommendation.readmodel.Feed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleRecommendationTest {

  private static String reasonsOf(UUID member) {
    return "items.find { it.member.id == '" + member + "' }.reasons.text";
  }

  private static ValidatableResponse buddies(UUID me, String courseId) {
    return given()
        .auth()
        .oauth2(TestTokens.member(me))
        .queryParam("courseId", courseId)
        .get("/api/v1/members/" + me + "/recommendations/study-buddies")
        .then();
  }

  @Test
  void studyBuddiesAreConnectionsFirstThenMembersWhoShareTheCoursesTopics() {
    String topic = unique("bouldering");
    String courseId = create(course("Bouldering Technique", List.of(topic), List.of()));
    Map<String, Object> interested = positioningOf(List.of(topic), List.of(), List.of(), List.of());
    Map<String, Object> secret = positioningOf(List.of(topic), List.of(), List.of(), List.of());
    secret.put("visibility", Map.of("interests", "PRIVATE"));
    UUID me = UUID.randomUUID();
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    UUID cy = UUID.randomUUID();
    UUID dee = UUID.randomUUID();
    UUID eve = UUID.randomUUID();
    known(me, "Me", null);
    known(ana, "Ana", interested);
    known(ben, "Ben", null);
    known(cy, "Cy", interested);
    known(dee, "Dee", null);
    known(eve, "Eve", secret);
    connect(me, List.of(ana, ben));
    deliver(
        Feed.ACTIVITY_CHANGES,
        List.of(
            visibleTo(
                enrolment(UUID.randomUUID(), dee, UUID.fromString(courseId), List.of(topic)),
                "PUBLIC")));

    buddies(me, courseId)
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("items[0].member.displayName", equalTo("Ana"))
        .body("items[1].member.displayName", equalTo("Ben"))
        .body("items.member.displayName", hasItems("Cy", "Dee"))
        .body("items.member.displayName", not(hasItem("Eve")))
        .body("items.member.displayName", not(hasItem("Me")))
        .body(reasonsOf(ana), contains("Your connection", "Interested in " + topic))
        .body(reasonsOf(dee), hasItem("Already enrolled: you could study together"))
        .body(reasonsOf(cy), contains("Interested in " + topic))
        // a connection leads to a study-circle invitation for the course; a stranger does not
        .body("items[0].inviteToCircle.method", equalTo("POST"))
        .body("items[0].inviteToCircle.href", equalTo("/api/v1/study-circles"))
        .body("items[0].inviteToCircle.courseId", equalTo(courseId))
        .body("items[0].inviteToCircle.invitees", contains(ana.toString()))
        .body("items.find { it.member.displayName == 'Cy' }.inviteToCircle", nullValue());
  }

  @Test
  void studyBuddiesNeedAnExistingCourse() {
    UUID me = UUID.randomUUID();
    buddies(me, UUID.randomUUID().toString())
        .statusCode(404)
        .contentType("application/problem+json");
    buddies(me, null).statusCode(400).body("errors.field", hasItem("courseId"));
    given()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .queryParam("courseId", UUID.randomUUID().toString())
        .get("/api/v1/members/" + me + "/recommendations/study-buddies")
        .then()
        .statusCode(403);
  }

  @Test
  void shareTargetsAreConnectionsWhoWouldValueTheArticle() {
    String topic = unique("event sourcing");
    UUID me = UUID.randomUUID();
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    UUID chen = UUID.randomUUID();
    UUID dan = UUID.randomUUID();
    UUID eli = UUID.randomUUID();
    known(me, "Me", null);
    known(ana, "Ana", positioningOf(List.of(topic), List.of(), List.of(), List.of()));
    known(
        ben,
        "Ben",
        positioningOf(List.of(), List.of(), List.of(goal("FIND_JOB", topic)), List.of()));
    known(chen, "Chen", null);
    known(dan, "Dan", positioningOf(List.of(topic), List.of(), List.of(), List.of()));
    known(eli, "Eli", positioningOf(List.of(unique("knitting")), List.of(), List.of(), List.of()));
    connect(me, List.of(ana, ben, chen, eli));
    Map<String, Object> post =
        new HashMap<>(
            dev.rapport.recommendation.FeedStubs.enrolment(
                UUID.randomUUID(), chen, UUID.randomUUID(), List.of(topic)));
    deliver(Feed.ACTIVITY_CHANGES, List.of(post));

    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url", "https://example.com/event-sourcing",
                "title", "Event sourcing, explained",
                "topics", List.of(topic.toUpperCase())))
        .post("/api/v1/members/" + me + "/recommendations/share-targets")
        .then()
        .statusCode(200)
        .body("items.member.displayName", containsInAnyOrder("Ana", "Ben", "Chen"))
        .body(reasonsOf(ana), hasItem("Interested in " + topic))
        .body(reasonsOf(ben), hasItem("Has a goal in " + topic))
        .body(reasonsOf(chen), hasItem("Recently active in " + topic));

    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(Map.of("url", "https://example.com/x", "title", "No topics", "topics", List.of()))
        .post("/api/v1/members/" + me + "/recommendations/share-targets")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("topics"));
  }
}
