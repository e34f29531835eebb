package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.FeedStubs.activityDeleted;
import static dev.rapport.recommendation.FeedStubs.deliver;
import static dev.rapport.recommendation.FeedStubs.enrolment;
import static dev.rapport.recommendation.FeedStubs.erase;
import static dev.rapport.recommendation.FeedStubs.goal;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.FeedStubs.skill;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static dev.rapport.recommendation.ranking.Members.connect;
import static dev.rapport.recommendation.ranking.Members.courses;
import static dev.rapport.recommendation.ranking.Members.feedback;
import static dev.rapport.recommendation.ranking.Members.known;
import static dev.rapport.recommendation.ranking.Members.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.recommendation.readmodel.Feed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CourseRecommendationTest {

  private static String reasonsOf(String courseId) {
    return "items.find { it.item.id == '" + courseId + "' }.reasons.text";
  }

  @Test
  void aNewMemberGetsPersonalCoursesFromTheirPositioningWithReasons() {
    String topic = unique("data mesh");
    String skill = unique("dbt");
    UUID me = UUID.randomUUID();
    known(
        me,
        "Ana",
        positioningOf(
            List.of(topic),
            List.of(skill(skill, "BEGINNER")),
            List.of(goal("BECOME_KNOWN_EXPERT", topic), goal("FIND_JOB", null)),
            List.of()));
    Map<String, Object> fit =
        course("Data Mesh in Practice", List.of(topic), List.of(skill, "SQL"));
    fit.put("level", "ADVANCED");
    String fitId = create(fit);
    String other = create(course("Watercolour Basics", List.of(unique("painting")), List.of()));

    courses(me, 10)
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("missingSignals", empty())
        .body("items[0].item.id", equalTo(fitId))
        .body("items[0].item.title", equalTo("Data Mesh in Practice"))
        .body(
            reasonsOf(fitId),
            hasItems(
                "Matches your interests: " + topic,
                "Grows skills you are building: " + skill,
                "Fits your goal: be known as an expert in " + topic,
                "Fits your goal: find a job — teaches in-demand skills: sql"))
        .body("items[0].reasons.signal", hasItems("INTEREST", "SKILL", "GOAL"))
        .body(reasonsOf(other), not(hasItem(startsWith("Matches your interests"))));
  }

  @Test
  void connectionsWhoEnrolledAreNamedAndErasuresAndDeletionsApply() {
    String topic = unique("platform engineering");
    String courseId = create(course("Platform Engineering 101", List.of(topic), List.of()));
    UUID me = UUID.randomUUID();
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    UUID chen = UUID.randomUUID();
    UUID dan = UUID.randomUUID();
    known(me, "Me", null);
    known(ana, "Ana", null);
    known(ben, "Ben", null);
    known(chen, "Chen", null);
    known(dan, "Dan", null);
    connect(me, List.of(ana, ben, chen));
    deliver(
        Feed.MEMBER_CHANGES,
        List.of(
            dev.rapport.recommendation.FeedStubs.connection(
                UUID.randomUUID(), me, dan, "PENDING")));
    UUID chenEnrolment = UUID.randomUUID();
    List<Map<String, Object>> enrolments =
        List.of(
            enrolment(UUID.randomUUID(), ana, UUID.fromString(courseId), List.of(topic)),
            enrolment(UUID.randomUUID(), ben, UUID.fromString(courseId), List.of(topic)),
            enrolment(chenEnrolment, chen, UUID.fromString(courseId), List.of(topic)),
            enrolment(UUID.randomUUID(), dan, UUID.fromString(courseId), List.of(topic)));
    deliver(Feed.ACTIVITY_CHANGES, enrolments);

    courses(me, 10)
        .statusCode(200)
        .body("items[0].item.id", equalTo(courseId))
        .body(reasonsOf(courseId), hasItem("3 of your connections are enrolled: Ana, Ben, Chen"));

    // Replaying the same changes changes nothing; Ben's erasure removes him.
    deliver(Feed.ACTIVITY_CHANGES, enrolments);
    deliver(Feed.MEMBER_CHANGES, List.of(erase(ben)));
    courses(me, 10)
        .body(reasonsOf(courseId), hasItem("2 of your connections are enrolled: Ana, Chen"));

    deliver(Feed.ACTIVITY_CHANGES, List.of(activityDeleted(chenEnrolment, chen)));
    courses(me, 10).body(reasonsOf(courseId), hasItem("Your connection Ana is enrolled"));
  }

  @Test
  void membersLikeMeWhoClickedOrEnrolledFeedTheCollaborativeSignal() {
    String shared = unique("quantum computing");
    String courseId = create(course("Intro to Qubits", List.of(unique("qubits")), List.of()));
    UUID me = UUID.randomUUID();
    UUID peer1 = UUID.randomUUID();
    UUID peer2 = UUID.randomUUID();
    Map<String, Object> positioning =
        positioningOf(List.of(shared), List.of(), List.of(), List.of());
    known(peer1, "Peer One", positioning);
    known(peer2, "Peer Two", positioning);
    known(me, "Me", positioning);
    feedback(peer1, courseId, "COURSE", "CLICKED");
    feedback(peer2, courseId, "COURSE", "ENROLLED");

    courses(me, 50)
        .statusCode(200)
        .body(
            reasonsOf(courseId),
            hasItem("Chosen by 2 members with interests and activity like yours"))
        .body(
            "items.find { it.item.id == '" + courseId + "' }.reasons.text",
            not(hasItem(containsString("Peer"))));
  }

  @Test
  void membersWhoTookTheSameCoursesAsMeFeedTheCollaborativeSignal() {
    String taken = create(course("Shared First Step", List.of(unique("a")), List.of()));
    String next = create(course("The Usual Next Step", List.of(unique("b")), List.of()));
    UUID me = UUID.randomUUID();
    UUID peer = UUID.randomUUID();
    feedback(me, taken, "COURSE", "ENROLLED");
    feedback(peer, taken, "COURSE", "ENROLLED");
    feedback(peer, next, "COURSE", "ENROLLED");
    courses(me, 50)
        .statusCode(200)
        .body("items.item.id", not(hasItem(taken)))
        .body(
            reasonsOf(next), hasItem("Chosen by a member with interests and activity like yours"));
  }

  @Test
  void ratingAndACohortStartingSoonAreReasons() {
    String topic = unique("negotiation");
    UUID me = UUID.randomUUID();
    known(me, "Me", positioningOf(List.of(topic), List.of(), List.of(), List.of()));
    Map<String, Object> c = course("Negotiation Mastery", List.of(topic), List.of());
    c.put("rating", 4.8);
    c.put("ratingCount", 5000);
    c.put(
        "cohortStart",
        Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
    String id = create(c);
    courses(me, 10)
        .body(reasonsOf(id), hasItem("Rated 4.8 by 5,000 learners"))
        .body(reasonsOf(id), hasItem(startsWith("Next cohort starts ")));
  }

  @Test
  void takenAndDismissedCoursesAreNeverShown() {
    String topic = unique("rust");
    UUID me = UUID.randomUUID();
    known(me, "Me", positioningOf(List.of(topic), List.of(), List.of(), List.of()));
    String enrolledByActivity = create(course("Rust One", List.of(topic), List.of()));
    String dismissed = create(course("Rust Two", List.of(topic), List.of()));
    String enrolledByFeedback = create(course("Rust Three", List.of(topic), List.of()));
    String shown = create(course("Rust Four", List.of(topic), List.of()));
    deliver(
        Feed.ACTIVITY_CHANGES,
        List.of(
            enrolment(UUID.randomUUID(), me, UUID.fromString(enrolledByActivity), List.of(topic))));
    feedback(me, dismissed, "COURSE", "DISMISSED");
    feedback(me, enrolledByFeedback, "COURSE", "ENROLLED");
    feedback(me, shown, "COURSE", "SHOWN");

    courses(me, 50)
        .statusCode(200)
        .body("items.item.id", hasItem(shown))
        .body("items.item.id", not(hasItem(enrolledByActivity)))
        .body("items.item.id", not(hasItem(dismissed)))
        .body("items.item.id", not(hasItem(enrolledByFeedback)));
  }

  @Test
  void tenResultsAreNotTenNearDuplicates() {
    String popular = unique("excel");
    String other = unique("storytelling");
    UUID me = UUID.randomUUID();
    known(me, "Me", positioningOf(List.of(popular, other), List.of(), List.of(), List.of()));
    for (int i = 0; i < 6; i++) {
      Map<String, Object> dup = course("Excel Tricks Vol. " + i, List.of(popular), List.of());
      dup.put("provider", "UDEMY");
      dup.put("rating", 4.9);
      dup.put("ratingCount", 2000);
      create(dup);
    }
    Map<String, Object> different = course("Storytelling with Data", List.of(other), List.of());
    different.put("provider", "EDX");
    different.put("rating", 4.0);
    different.put("ratingCount", 10);
    String differentId = create(different);
    List<String> top3 = courses(me, 3).statusCode(200).extract().path("items.item.id");
    assertTrue(top3.contains(differentId), "top 3 has only near-duplicates: " + top3);
  }

  @Test
  void onlyTheOwnerReadsTheirRecommendations() {
    UUID me = UUID.randomUUID();
    given()
        .get("/api/v1/members/" + me + "/recommendations/courses")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .get("/api/v1/members/" + me + "/recommendations/courses")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .get("/api/v1/members/not-a-uuid/recommendations/discussions")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("id"));
    courses(me, 99).statusCode(400).body("errors.field", hasItem("limit"));
  }

  @Test
  void feedbackIsValidated() {
    UUID me = UUID.randomUUID();
    String courseId = create(course("Feedback Target", List.of(unique("x")), List.of()));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("itemId", courseId, "itemType", "COURSE", "action", "CLICKED"))
        .post("/api/v1/recommendations/feedback")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(Map.of("itemId", courseId, "itemType", "COURSE", "action", "JOINED"))
        .post("/api/v1/recommendations/feedback")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("action"));
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "itemId", UUID.randomUUID().toString(), "itemType", "COURSE", "action", "CLICKED"))
        .post("/api/v1/recommendations/feedback")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(Map.of("itemId", courseId, "itemType", "COURSE", "action", "LIKED"))
        .post("/api/v1/recommendations/feedback")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("action"))
        .body("detail", containsString("LIKED"));
  }
}
