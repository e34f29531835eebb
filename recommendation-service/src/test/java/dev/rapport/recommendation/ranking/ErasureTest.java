package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.FeedStubs.change;
import static dev.rapport.recommendation.FeedStubs.connection;
import static dev.rapport.recommendation.FeedStubs.deliver;
import static dev.rapport.recommendation.FeedStubs.enrolment;
import static dev.rapport.recommendation.FeedStubs.erase;
import static dev.rapport.recommendation.FeedStubs.member;
import static dev.rapport.recommendation.FeedStubs.positioning;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.FeedStubs.visibleTo;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static dev.rapport.recommendation.ranking.Members.connect;
import static dev.rapport.recommendation.ranking.Members.feedback;
import static dev.rapport.recommendation.ranking.Members.known;
import static dev.rapport.recommendation.ranking.Members.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.common.security.Audiences;
import dev.rapport.common.security.Scopes;
import dev.rapport.common.testing.TestTokens;
import dev.rapport.recommendation.readmodel.Feed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A MEMBER DELETE on member-changes erases the member, and nothing brings them back. */
@QuarkusTest
class ErasureTest {

  private static final String PROBLEM = "application/problem+json";

  private static ValidatableResponse buddies(UUID me, String courseId) {
    return given()
        .auth()
        .oauth2(TestTokens.member(me))
        .queryParam("courseId", courseId)
        .get("/api/v1/members/" + me + "/recommendations/study-buddies")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse shareTargets(UUID me, String topic) {
    return given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url",
                "https://example.com/" + UUID.randomUUID(),
                "title",
                topic,
                "topics",
                List.of(topic)))
        .post("/api/v1/members/" + me + "/recommendations/share-targets")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse popularFor(UUID newcomer) {
    return given()
        .auth()
        .oauth2(TestTokens.member(newcomer))
        .queryParam("limit", 50)
        .get("/api/v1/members/" + newcomer + "/recommendations/courses")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse export(String token, UUID id) {
    var request = given();
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    return request.get("/api/v1/members/" + id + "/recommendation-export").then();
  }

  @Test
  void anErasedMembersEngagementsStopCountingAndNoReplayBringsThemBack() {
    String topic = unique("erasure popularity");
    UUID course = UUID.fromString(create(course("Much Taken", List.of(topic), List.of())));
    UUID zed = UUID.randomUUID();
    List<Map<String, Object>> enrolments = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      enrolments.add(enrolment(UUID.randomUUID(), UUID.randomUUID(), course, List.of(topic)));
    }
    Map<String, Object> zedsEnrolment = enrolment(UUID.randomUUID(), zed, course, List.of(topic));
    enrolments.add(zedsEnrolment);
    deliver(Feed.ACTIVITY_CHANGES, enrolments);
    String reasons = "items.find { it.item.id == '" + course + "' }.reasons.text";
    popularFor(UUID.randomUUID()).body(reasons, hasItem("Popular on Rapport: 46 members enrolled"));

    deliver(Feed.MEMBER_CHANGES, List.of(erase(zed)));
    popularFor(UUID.randomUUID()).body(reasons, hasItem("Popular on Rapport: 45 members enrolled"));

    // the same enrolment replayed, and a new one logged late, do not count the member again
    deliver(
        Feed.ACTIVITY_CHANGES,
        List.of(zedsEnrolment, enrolment(UUID.randomUUID(), zed, course, List.of(topic))));
    popularFor(UUID.randomUUID()).body(reasons, hasItem("Popular on Rapport: 45 members enrolled"));
  }

  @Test
  void anErasedMemberIsNoStudyBuddyOrShareTargetAfterAnyReplay() {
    String topic = unique("erasure buddies");
    String courseId = create(course("Study Together", List.of(topic), List.of()));
    Map<String, Object> interested = positioningOf(List.of(topic), List.of(), List.of(), List.of());
    interested.put("visibility", Map.of("interests", "PUBLIC"));
    UUID me = UUID.randomUUID();
    UUID ana = UUID.randomUUID();
    UUID zed = UUID.randomUUID();
    UUID zedsConnection = UUID.randomUUID();
    known(me, "Me", null);
    known(ana, "Ana", interested);
    known(zed, "Zed", interested);
    connect(me, List.of(ana));
    deliver(Feed.MEMBER_CHANGES, List.of(connection(zedsConnection, me, zed, "ACCEPTED")));
    Map<String, Object> zedsEnrolment =
        visibleTo(
            enrolment(UUID.randomUUID(), zed, UUID.fromString(courseId), List.of(topic)), "PUBLIC");
    deliver(Feed.ACTIVITY_CHANGES, List.of(zedsEnrolment));
    buddies(me, courseId).body("items.member.displayName", hasItem("Zed"));
    shareTargets(me, topic).body("items.member.displayName", hasItem("Zed"));

    // profile-service records the MEMBER DELETE first, then the connection deletes
    deliver(
        Feed.MEMBER_CHANGES,
        List.of(erase(zed), change("CONNECTION", zedsConnection, me, "DELETE", null)));
    buddies(me, courseId).body("items.member.displayName", not(hasItem("Zed")));

    // a rebuild or a lagging feed replays the member, their positioning, connection, activity;
    // a redacted snapshot (UPSERT without data) of a live member changes nothing
    deliver(
        Feed.MEMBER_CHANGES,
        List.of(
            member(zed, "Zed", interested),
            positioning(zed, interested),
            connection(zedsConnection, me, zed, "ACCEPTED"),
            connection(UUID.randomUUID(), zed, ana, "ACCEPTED"),
            change("POSITIONING", ana, ana, "UPSERT", null),
            change("MEMBER", ana, ana, "UPSERT", null)));
    deliver(Feed.ACTIVITY_CHANGES, List.of(zedsEnrolment));
    buddies(me, courseId)
        .body("items.member.displayName", not(hasItem("Zed")))
        .body("items[0].member.displayName", equalTo("Ana"))
        .body("items[0].reasons.text", contains("Your connection", "Interested in " + topic));
    shareTargets(me, topic)
        .body("items.member.displayName", not(hasItem("Zed")))
        .body("items.member.displayName", hasItem("Ana"));
    export(TestTokens.service("profile-service"), zed)
        .statusCode(200)
        .body("member", nullValue())
        .body("positioning", nullValue())
        .body("activities", empty())
        .body("engagements", empty())
        .body("connections", empty());
  }

  @Test
  void anErasedMembersTokenIsRefusedEverywhere() {
    UUID zed = UUID.randomUUID();
    known(zed, "Zed", null);
    String token = TestTokens.member(zed, "session-1");
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/members/" + zed + "/recommendations/courses")
        .then()
        .statusCode(200);

    deliver(Feed.MEMBER_CHANGES, List.of(erase(zed)));
    for (String path :
        List.of(
            "/api/v1/members/" + zed + "/recommendations/courses",
            "/api/v1/members/" + zed + "/recommendations/discussions",
            "/api/v1/members/" + zed + "/recommendation-export")) {
      given()
          .auth()
          .oauth2(token)
          .get(path)
          .then()
          .statusCode(401)
          .contentType(startsWith(PROBLEM));
    }
    given()
        .auth()
        .oauth2(TestTokens.member(zed))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "itemId",
                UUID.randomUUID().toString(),
                "itemType",
                "COURSE",
                "action",
                "DISMISSED"))
        .post("/api/v1/recommendations/feedback")
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM));
    // public reads stay open to an anonymous caller
    given().get("/api/v1/courses").then().statusCode(200);
  }

  @Test
  void theExportIsTheMembersOwnOrAnExportingServicesAndHoldsWhatTheReadModelKeeps() {
    String topic = unique("export topic");
    UUID course = UUID.fromString(create(course("Exported Course", List.of(topic), List.of())));
    Map<String, Object> p = positioningOf(List.of(topic), List.of(), List.of(), List.of());
    p.put("visibility", Map.of("interests", "CONNECTIONS"));
    UUID me = UUID.randomUUID();
    UUID ana = UUID.randomUUID();
    UUID activity = UUID.randomUUID();
    known(me, "Me", p);
    known(ana, "Ana", null);
    connect(me, List.of(ana));
    deliver(Feed.ACTIVITY_CHANGES, List.of(enrolment(activity, me, course, List.of(topic))));
    String dismissed = create(course("Dismissed Course", List.of(topic), List.of()));
    feedback(me, dismissed, "COURSE", "DISMISSED");

    export(TestTokens.member(me), me)
        .statusCode(200)
        .body("memberId", equalTo(me.toString()))
        .body("exportedAt", notNullValue())
        .body("member.displayName", equalTo("Me"))
        .body("positioning.positioning.interests", contains(topic))
        .body("positioning.views.interests", contains(topic))
        .body("positioning.views.sharedTopics", hasItem(topic))
        .body("positioning.views.publicTopics", not(hasItem(topic)))
        .body("activities.id", contains(activity.toString()))
        .body("engagements.itemId", contains(course.toString()))
        .body("engagements.action", contains("ENROLLED"))
        .body("feedback.action", contains("DISMISSED"))
        .body("feedback.itemId", contains(dismissed))
        .body("connections.memberId", contains(ana.toString()));

    export(TestTokens.member(ana), me).statusCode(403).contentType(startsWith(PROBLEM));
    export(TestTokens.service("profile-service", Audiences.ALL, Scopes.MEMBER_DATA_EXPORT), me)
        .statusCode(200)
        .body("engagements.itemId", contains(course.toString()));
    export(TestTokens.service("activity-service", Audiences.ALL, Scopes.MEMBERS_READ), me)
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    export(null, me).statusCode(401).contentType(startsWith(PROBLEM));
    export(TestTokens.member(me), me).statusCode(200);

    UUID stranger = UUID.randomUUID();
    export(
            TestTokens.service("profile-service", Audiences.ALL, Scopes.MEMBER_DATA_EXPORT),
            stranger)
        .statusCode(200)
        .body("memberId", equalTo(stranger.toString()))
        .body("member", nullValue())
        .body("positioning", nullValue())
        .body("activities", empty())
        .body("engagements", empty())
        .body("feedback", empty())
        .body("connections", empty());
    export(TestTokens.member(me), UUID.randomUUID()).statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .get("/api/v1/members/not-a-uuid/recommendation-export")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM));
  }
}
