package dev.rapport.recommendation.readmodel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.rapport.recommendation.FeedStubs.change;
import static dev.rapport.recommendation.FeedStubs.deliver;
import static dev.rapport.recommendation.FeedStubs.follower;
import static dev.rapport.recommendation.FeedStubs.member;
import static dev.rapport.recommendation.FeedStubs.path;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import dev.rapport.recommendation.FeedStubs;
import dev.rapport.recommendation.StubServicesResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadModelFeedTest {

  private static final String CHECK = "checks.find { it.name == 'Read model feeds' }";

  @Test
  void followsTheFeedAndResumesFromTheStoredCursor() {
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    deliver(Feed.MEMBER_CHANGES, List.of(member(ana, "Ana", null), member(ben, "Ben", null)));
    String cursor =
        Arc.container()
            .instance(ReadModelService.class)
            .get()
            .cursor(Feed.MEMBER_CHANGES)
            .orElseThrow();
    StubServicesResource.server()
        .verify(
            getRequestedFor(urlPathEqualTo(path(Feed.MEMBER_CHANGES)))
                .withQueryParam(
                    "after", com.github.tomakehurst.wiremock.client.WireMock.equalTo(cursor)));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(CHECK + ".status", equalTo("UP"))
        .body(CHECK + ".data.'member-changes.state'", equalTo("CAUGHT_UP"))
        .body(CHECK + ".data.'member-changes.lagSeconds'", equalTo(0));
    given()
        .get("/q/metrics")
        .then()
        .body(containsString("rapport_read_model_lag_seconds{feed=\"member-changes\""));
  }

  @Test
  void aStoppedFeedIsReportedWhileReadinessStaysUp() {
    String cursor =
        Arc.container()
            .instance(ReadModelService.class)
            .get()
            .cursor(Feed.ACTIVITY_CHANGES)
            .orElse(null);
    var request = get(urlPathEqualTo(path(Feed.ACTIVITY_CHANGES)));
    StubServicesResource.server()
        .stubFor(
            (cursor == null
                    ? request.withQueryParam(
                        "after", com.github.tomakehurst.wiremock.client.WireMock.absent())
                    : request.withQueryParam(
                        "after", com.github.tomakehurst.wiremock.client.WireMock.equalTo(cursor)))
                .willReturn(aResponse().withStatus(503)));
    follower().follow(Feed.ACTIVITY_CHANGES);
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(CHECK + ".data.'activity-changes.state'", equalTo("DOWN"))
        .body(CHECK + ".data.'activity-changes.lastError'", notNullValue());

    deliver(Feed.ACTIVITY_CHANGES, List.of());
    given()
        .get("/q/health/ready")
        .then()
        .body(CHECK + ".data.'activity-changes.state'", equalTo("CAUGHT_UP"));
  }

  @Test
  void aFeedWithMorePagesThanOneRunReadsIsBehindWithItsLag() {
    String after =
        Arc.container()
            .instance(ReadModelService.class)
            .get()
            .cursor(Feed.MEMBER_CHANGES)
            .orElse(null);
    Instant twoMinutesAgo = Instant.now().minusSeconds(120);
    List<String> cursors = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      String next = "behind-" + UUID.randomUUID();
      List<Map<String, Object>> changes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        UUID id = UUID.randomUUID();
        Map<String, Object> c = new java.util.HashMap<>(member(id, "M" + i, null));
        c.put("changedAt", twoMinutesAgo.toString());
        c.put("cursor", next);
        changes.add(c);
      }
      FeedStubs.stubPage(Feed.MEMBER_CHANGES, after, changes, next);
      cursors.add(next);
      after = next;
    }
    FeedStubs.stubPage(Feed.MEMBER_CHANGES, after, List.of(), after);
    follower().follow(Feed.MEMBER_CHANGES);
    given()
        .get("/q/health/ready")
        .then()
        .body("status", equalTo("UP"))
        .body(CHECK + ".data.'member-changes.state'", equalTo("BEHIND"))
        .body(CHECK + ".data.'member-changes.lagSeconds'", greaterThan(100));
    follower().follow(Feed.MEMBER_CHANGES);
    given()
        .get("/q/health/ready")
        .then()
        .body(CHECK + ".data.'member-changes.state'", equalTo("CAUGHT_UP"));
  }

  @Test
  void anUnreadableChangeIsSkippedNotFatal() {
    Map<String, Object> broken =
        change(
            "CONNECTION",
            UUID.randomUUID(),
            UUID.randomUUID(),
            "UPSERT",
            Map.of("requesterId", 42));
    deliver(Feed.MEMBER_CHANGES, List.of(broken, member(UUID.randomUUID(), "Chen", null)));
    given()
        .get("/q/health/ready")
        .then()
        .body(CHECK + ".data.'member-changes.state'", equalTo("CAUGHT_UP"));
  }
}
