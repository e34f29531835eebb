package dev.rapport.activity.circle;

import static dev.rapport.activity.Activities.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.activity.Bodies;
import dev.rapport.activity.MemberFeedStub;
import dev.rapport.activity.member.MemberFeedFollower;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Study circles through HTTP: invite connections, accept, decline, leave; members-only reads of
 * each other's learning on the course; invitations and posts in the inbox; the weekly nudge;
 * erasure.
 */
@QuarkusTest
class StudyCircleTest {

  @Inject MemberFeedFollower follower;

  @Test
  void aCircleFromInvitationToLeaving() {
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    UUID cat = UUID.randomUUID();
    UUID dan = UUID.randomUUID();
    UUID course = UUID.randomUUID();
    MemberFeedStub.member(ana, "Ana Lima");
    MemberFeedStub.member(ben, "Ben Okafor");
    MemberFeedStub.member(cat, "Cat Ng");
    MemberFeedStub.member(dan, "Dan Stranger");
    MemberFeedStub.connect(ana, ben);
    MemberFeedStub.connect(cat, ana);
    follower.follow();
    String today = LocalDate.now(ZoneOffset.UTC).getDayOfWeek().name();

    // only connections can be invited, and not oneself
    createCircle(ana, course, today, List.of(ben, dan))
        .statusCode(422)
        .body("detail", containsString(dan.toString()))
        .body("detail", not(containsString(ben.toString())));
    createCircle(ana, course, today, List.of(ana)).statusCode(400);
    createCircle(ana, course, today, List.of()).statusCode(400);
    createCircle(ana, course, "SOMEDAY", List.of(ben)).statusCode(400);

    String circle =
        createCircle(ana, course, today, List.of(ben, cat))
            .statusCode(201)
            .header("Location", containsString("/api/v1/study-circles/"))
            .body("courseId", equalTo(course.toString()))
            .body("weeklyDay", equalTo(today))
            .body("ownerId", equalTo(ana.toString()))
            .body("members[0].memberId", equalTo(ana.toString()))
            .body("members[0].status", equalTo("MEMBER"))
            .body(
                "members.findAll { it.status == 'INVITED' }.memberId",
                containsInAnyOrder(ben.toString(), cat.toString()))
            .body(
                "members.find { it.memberId == '" + ben + "' }.displayName", equalTo("Ben Okafor"))
            .body("learning", empty())
            .extract()
            .path("id");

    // the invitation reaches the invitees' inboxes
    inbox(ben)
        .body("items[0].kind", equalTo("STUDY_CIRCLE_INVITATION"))
        .body("items[0].studyCircleId", equalTo(circle))
        .body("items[0].sender.displayName", equalTo("Ana Lima"));
    // an invitee sees who is in it but not its learning; a stranger sees nothing
    get(ben, circle).statusCode(200).body("learning", nullValue());
    get(dan, circle).statusCode(404);
    answer(dan, circle, "accept").statusCode(404);

    answer(ben, circle, "accept").statusCode(200).body("learning", empty());
    answer(ben, circle, "accept").statusCode(409);
    answer(cat, circle, "decline").statusCode(200).body("learning", nullValue());
    answer(cat, circle, "accept").statusCode(409);
    get(cat, circle).statusCode(404);
    get(ana, circle)
        .body("members.find { it.memberId == '" + ben + "' }.status", equalTo("MEMBER"))
        .body("members.find { it.memberId == '" + cat + "' }.status", equalTo("DECLINED"));

    // members see each other's learning on the course, whatever its visibility; the insight
    // reaches the fellow member's inbox, not the one who declined
    String enrolled =
        create(ana, Bodies.learning("ENROLLED", course, List.of(), "\"visibility\":\"PRIVATE\""));
    String insight =
        create(ana, Bodies.learning("INSIGHT", course, List.of(), "\"visibility\":\"PRIVATE\""));
    create(ana, Bodies.learning("INSIGHT", UUID.randomUUID(), List.of(), null));
    get(ben, circle).statusCode(200).body("learning.activityId", contains(insight, enrolled));
    inbox(ben)
        .body("items[0].kind", equalTo("STUDY_CIRCLE_POST"))
        .body("items[0].activityId", equalTo(insight))
        .body("items[0].learning.kind", equalTo("INSIGHT"))
        .body("items[0].learning.courseId", equalTo(course.toString()))
        .body(
            "items[0].learning.insight",
            equalTo("Sagas trade isolation for availability, compensations must be idempotent"));
    // an enrolment is no post; the insight on another course is none of the circle's
    inbox(ben)
        .body("items.findAll { it.kind == 'STUDY_CIRCLE_POST' }.activityId", contains(insight));
    inbox(cat).body("items.kind", not(hasItem("STUDY_CIRCLE_POST")));
    given()
        .auth()
        .oauth2(TestTokens.member(dan))
        .get("/api/v1/activities/" + insight)
        .then()
        .statusCode(404);

    // the weekly day has come: Ben owes an insight, Ana gave hers
    nudges(ben)
        .body("items.find { it.kind == 'CIRCLE_INSIGHT_DUE' }.studyCircleId", equalTo(circle))
        .body(
            "items.find { it.kind == 'CIRCLE_INSIGHT_DUE' }.courseId", equalTo(course.toString()));
    nudges(ana).body("items.kind", not(hasItem("CIRCLE_INSIGHT_DUE")));

    // the member's list
    given()
        .auth()
        .oauth2(TestTokens.member(ben))
        .get("/api/v1/members/" + ben + "/study-circles")
        .then()
        .statusCode(200)
        .body("items.id", contains(circle));
    given()
        .auth()
        .oauth2(TestTokens.member(ana))
        .get("/api/v1/members/" + ben + "/study-circles")
        .then()
        .statusCode(403);

    // leaving: Ben no longer sees it nor receives its posts
    answer(ben, circle, "leave").statusCode(204);
    get(ben, circle).statusCode(404);
    create(ana, Bodies.learning("PROGRESS", course, List.of(), null));
    inbox(ben)
        .body("items.findAll { it.kind == 'STUDY_CIRCLE_POST' }.activityId", contains(insight));
    get(ana, circle).body("members.memberId", containsInAnyOrder(ana.toString(), cat.toString()));
    // the last member leaving removes it
    answer(ana, circle, "leave").statusCode(204);
    get(ana, circle).statusCode(404);
  }

  @Test
  void anErasedMemberLeavesTheirCirclesAndOwnershipPassesOn() {
    UUID owner = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    MemberFeedStub.member(owner);
    MemberFeedStub.member(friend);
    MemberFeedStub.connect(owner, friend);
    follower.follow();
    String circle =
        createCircle(owner, UUID.randomUUID(), "MONDAY", List.of(friend))
            .statusCode(201)
            .extract()
            .path("id");
    answer(friend, circle, "accept").statusCode(200);
    MemberFeedStub.erase(owner);
    follower.follow();
    get(friend, circle)
        .statusCode(200)
        .body("ownerId", equalTo(friend.toString()))
        .body("members.memberId", contains(friend.toString()));
  }

  private static ValidatableResponse createCircle(
      UUID member, UUID course, String day, List<UUID> invitees) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .contentType(ContentType.JSON)
        .body(
            "{\"courseId\":\""
                + course
                + "\",\"weeklyDay\":\""
                + day
                + "\",\"invitees\":"
                + Bodies.ids(invitees)
                + "}")
        .post("/api/v1/study-circles")
        .then();
  }

  private static ValidatableResponse get(UUID member, String circle) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/study-circles/" + circle)
        .then();
  }

  private static ValidatableResponse answer(UUID member, String circle, String verb) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .post("/api/v1/study-circles/" + circle + "/" + verb)
        .then();
  }

  private static ValidatableResponse inbox(UUID member) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/members/" + member + "/inbox")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse nudges(UUID member) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/members/" + member + "/nudges")
        .then()
        .statusCode(200);
  }
}
