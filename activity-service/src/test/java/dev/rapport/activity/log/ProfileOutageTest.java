package dev.rapport.activity.log;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.rapport.activity.Activities.list;
import static dev.rapport.activity.Activities.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.activity.Bodies;
import dev.rapport.activity.InjectProfileService;
import dev.rapport.activity.MemberFeedStub;
import dev.rapport.activity.ProfileServiceMock;
import dev.rapport.activity.member.MemberFeedFollower;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * profile-service down or slow: writes naming ids the local copy does not know fail cleanly; reads
 * and everything else keep working from the local copy.
 */
@QuarkusTest
class ProfileOutageTest {

  @InjectProfileService WireMockServer profile;
  @Inject MemberFeedFollower follower;

  @Test
  void withProfileServiceStoppedOnlyWritesNamingNewIdsGet503() {
    UUID me = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    UUID newcomer = UUID.randomUUID();
    MemberFeedStub.member(me);
    MemberFeedStub.member(friend);
    MemberFeedStub.connect(me, friend);
    follower.follow();
    String open =
        post(me, "before-1", Bodies.share(List.of(), "FEED", "\"visibility\":\"PUBLIC\""))
            .statusCode(201)
            .extract()
            .path("id");
    String friends =
        post(me, "before-2", Bodies.contribution(List.of(friend)))
            .statusCode(201)
            .extract()
            .path("id");
    list(friend, me).body("items.id", containsInAnyOrder(open, friends));

    // newcomer registered a moment ago: the local copy does not know them yet.
    String body = Bodies.contribution("TALK", List.of(newcomer), null);
    // Every change so far is served before the refused writes are tried (the feed holds changes
    // back while an older transaction runs anywhere on the PostgreSQL server), so any change after
    // this cursor would be theirs.
    String feedBefore = feedEndShowing(open, friends);
    profile.stop();
    try {
      post(me, "during", body)
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "5")
          .body("status", equalTo(503))
          .body("detail", containsString("nothing was stored"));
      // A change adding an id unknown here is a write that needs profile-service too.
      given()
          .auth()
          .oauth2(TestTokens.member(me))
          .contentType(ContentType.JSON)
          .body(
              "{\"contribution\":{\"kind\":\"ADVICE\",\"beneficiaries\":[\""
                  + friend
                  + "\",\""
                  + UUID.randomUUID()
                  + "\"],\"description\":\"More advice\"}}")
          .patch("/api/v1/activities/" + friends)
          .then()
          .statusCode(503)
          .header("Retry-After", "5");
      // No change was published for the refused writes.
      assertEquals(feedBefore, feedEnd(feedBefore));

      // Reads, connections' visibility included, come from the local copy.
      list(me, me).body("items.id", containsInAnyOrder(open, friends));
      list(friend, me).body("items.id", containsInAnyOrder(open, friends));
      given()
          .auth()
          .oauth2(TestTokens.member(friend))
          .get("/api/v1/activities/" + friends)
          .then()
          .statusCode(200)
          .body("counterparts", contains(friend.toString()));

      // Writes naming only members known here need no profile-service.
      post(me, "known", Bodies.contribution("TALK", List.of(friend), null)).statusCode(201);
      given()
          .auth()
          .oauth2(TestTokens.member(me))
          .contentType(ContentType.JSON)
          .body("{\"visibility\":\"PRIVATE\"}")
          .patch("/api/v1/activities/" + open)
          .then()
          .statusCode(200)
          .body("visibility", equalTo("PRIVATE"));
      given()
          .auth()
          .oauth2(TestTokens.member(me))
          .delete("/api/v1/activities/" + open)
          .then()
          .statusCode(204);

      // The follower cannot read the feed: readiness stays UP and says so.
      follower.follow();
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(200)
          .body(
              "checks.find { it.name == 'Member copy (member-changes)' }.data.state",
              equalTo("DOWN"))
          .body(
              "checks.find { it.name == 'Member copy (member-changes)' }.data.lastError",
              notNullValue());
    } finally {
      profile.start();
      profile.resetAll();
      ProfileServiceMock.stubDefaults(profile);
    }
    // The client retries with the same key once profile-service is back (and the circuit breaker
    // has half-opened).
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> post(me, "during", body).statusCode(201).body("kind", equalTo("TALK")));
    list(me, me).body("items", hasSize(3));
    follower.follow();
    given()
        .get("/q/health/ready")
        .then()
        .body(
            "checks.find { it.name == 'Member copy (member-changes)' }.data.state",
            equalTo("CAUGHT_UP"))
        .body(
            "checks.find { it.name == 'Member copy (member-changes)' }.data.lagSeconds",
            equalTo(0));
  }

  /** What the feed serves after a cursor: the activity ids of its changes and its end cursor. */
  record Feed(List<String> activityIds, String end) {}

  static Feed feed(String after) {
    List<String> ids = new ArrayList<>();
    String cursor = after;
    while (true) {
      var request = given().auth().oauth2(TestTokens.service("recommendation-service"));
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      var page =
          request.get("/api/v1/activity-changes").then().statusCode(200).extract().jsonPath();
      if (page.getList("changes").isEmpty()) {
        return new Feed(ids, page.getString("nextCursor"));
      }
      ids.addAll(page.getList("changes.entityId", String.class));
      cursor = page.getString("nextCursor");
    }
  }

  /** The feed's cursor after its last change. */
  static String feedEnd(String after) {
    return feed(after).end();
  }

  /** The feed's cursor after its last change, once it serves the changes of these activities. */
  static String feedEndShowing(String... activityIds) {
    return await("the feed to serve the changes of " + List.of(activityIds))
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .pollDelay(Duration.ZERO)
        .until(() -> feed(null), feed -> feed.activityIds().containsAll(List.of(activityIds)))
        .end();
  }

  @Test
  void aSlowProfileServiceIsA503Too() {
    UUID me = UUID.randomUUID();
    UUID slow = UUID.randomUUID();
    profile.stubFor(
        get(urlPathEqualTo("/api/v1/members"))
            .withQueryParam("ids", containing(slow.toString()))
            .atPriority(1)
            .willReturn(aResponse().withTransformers("member-directory").withFixedDelay(3000)));
    post(me, "slow", Bodies.contribution(List.of(slow)))
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5");
    list(me, me).body("items", hasSize(0));
  }
}
