package dev.rapport.activity.member;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.rapport.activity.Activities.create;
import static dev.rapport.activity.Activities.list;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.activity.Bodies;
import dev.rapport.activity.InjectProfileService;
import dev.rapport.activity.MemberFeedStub;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * activity-service's copy of members and connections, followed from profile-service's
 * member-changes feed (served by the WireMock profile-service): lists and visibility checks read
 * it, writes ask profile-service only about ids it does not know yet.
 */
@QuarkusTest
class MemberCopyTest {

  @InjectProfileService WireMockServer profile;
  @Inject MemberFeedFollower follower;

  @Test
  void connectionsFromTheFeedDecideWhoSeesConnectionsActivitiesWithoutAskingProfileService() {
    UUID owner = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    UUID mentee = UUID.randomUUID();
    MemberFeedStub.member(owner);
    MemberFeedStub.member(friend);
    MemberFeedStub.member(mentee);
    follower.follow();
    String open = create(owner, Bodies.share(List.of(), "FEED", "\"visibility\":\"PUBLIC\""));
    // addressed to the mentee, so the friend sees it only as a connection
    String shared =
        create(
            owner,
            Bodies.contribution("ADVICE", List.of(mentee), "\"visibility\":\"CONNECTIONS\""));
    profile.resetRequests();

    list(friend, owner).body("items.id", containsInAnyOrder(open));

    UUID connection = MemberFeedStub.connect(friend, owner);
    follower.follow();
    list(friend, owner).body("items.id", containsInAnyOrder(open, shared));
    list(owner, friend).body("items.id", org.hamcrest.Matchers.empty());
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .get("/api/v1/activities/" + shared)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .queryParam("limit", 100)
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(shared));

    MemberFeedStub.disconnect(connection, friend);
    follower.follow();
    list(friend, owner).body("items.id", containsInAnyOrder(open));
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .get("/api/v1/activities/" + shared)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .queryParam("limit", 100)
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(shared)));

    // Only the follower talked to profile-service: no list or visibility check did.
    assertEquals(
        0,
        profile.findAll(getRequestedFor(urlPathMatching("/api/v1/members.*"))).size(),
        "calls to profile-service's member endpoints");
  }

  @Test
  void writesAskProfileServiceOnlyAboutIdsTheCopyDoesNotKnowYet() {
    UUID me = UUID.randomUUID();
    UUID known = UUID.randomUUID();
    UUID newcomer = UUID.randomUUID();
    MemberFeedStub.member(known);
    follower.follow();
    profile.resetRequests();

    create(me, Bodies.contribution(List.of(known)));
    profile.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/members")));

    // Registered a moment ago: one batch call, for the newcomer only; then remembered.
    create(me, Bodies.contribution(List.of(known, newcomer)));
    assertEquals(1, profile.findAll(getRequestedFor(urlPathEqualTo("/api/v1/members"))).size());
    String ids =
        profile
            .findAll(getRequestedFor(urlPathEqualTo("/api/v1/members")))
            .get(0)
            .queryParameter("ids")
            .firstValue();
    assertEquals(newcomer.toString(), ids);
    create(me, Bodies.contribution(List.of(newcomer)));
    assertEquals(1, profile.findAll(getRequestedFor(urlPathEqualTo("/api/v1/members"))).size());
  }

  @Test
  void bigPagesFallBackTo500WhenProfileServiceRefusesThemAndFullPagesAreFollowedAtOnce() {
    follower.follow();
    int before = MemberFeedStub.size();
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      UUID m = UUID.randomUUID();
      members.add(m);
      MemberFeedStub.member(m);
    }
    int asked = MemberFeedStub.limitsAsked().size();
    MemberFeedStub.acceptLimitsUpTo(500);
    try {
      follower.follow();
    } finally {
      MemberFeedStub.acceptLimitsUpTo(5000);
    }
    List<Integer> limits = MemberFeedStub.limitsAsked();
    List<Integer> thisRun = limits.subList(asked, limits.size());
    if (follower.pageSize() == 500 && thisRun.get(0) == 5000) {
      // 5000 refused, then 500, 500 and the rest in one run
      assertEquals(List.of(5000, 500, 500, 500), thisRun);
    } else {
      // an earlier test already fell back
      assertEquals(List.of(500, 500, 500), thisRun);
    }
    assertTrue(MemberFeedStub.size() - before >= 1100);
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(
            "checks.find { it.name == 'Member copy (member-changes)' }.data.state",
            equalTo("CAUGHT_UP"))
        .body(
            "checks.find { it.name == 'Member copy (member-changes)' }.data.pageSize",
            equalTo(500));

    // Every one of them is known here now: a write naming the last ones asks profile-service
    // nothing.
    profile.resetRequests();
    create(UUID.randomUUID(), Bodies.contribution(members.subList(1095, 1100)));
    profile.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/members")));
  }
}
