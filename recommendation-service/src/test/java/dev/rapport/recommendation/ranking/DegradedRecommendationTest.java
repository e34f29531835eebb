package dev.rapport.recommendation.ranking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static dev.rapport.recommendation.ranking.Members.courses;
import static dev.rapport.recommendation.ranking.Members.discussions;
import static dev.rapport.recommendation.ranking.Members.known;
import static dev.rapport.recommendation.ranking.Members.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.rapport.recommendation.FeedStubs;
import dev.rapport.recommendation.StubServicesResource;
import dev.rapport.recommendation.readmodel.Feed;
import dev.rapport.recommendation.readmodel.ReadModelService;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DegradedRecommendationTest {

  private static final UrlPathPattern PROFILE_READS = urlPathMatching("/api/v1/members.*");

  private StubMapping outage;

  @AfterEach
  void endOutage() {
    if (outage != null) {
      StubServicesResource.server().removeStub(outage);
      outage = null;
    }
  }

  @Test
  void profileServiceDownChangesNothingTheReadModelHoldsThePositioning() {
    String topic = unique("bioinformatics");
    String id = create(course("Bioinformatics with Python", List.of(topic), List.of()));
    UUID me = UUID.randomUUID();
    known(me, "Me", positioningOf(List.of(topic), List.of(), List.of(), List.of()));
    outage =
        StubServicesResource.server()
            .stubFor(
                any(PROFILE_READS)
                    .atPriority(1)
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    int before = profileReads();

    courses(me, 10)
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("missingSignals", empty())
        .body("items[0].item.id", equalTo(id))
        .body("items[0].reasons.text", hasItem("Matches your interests: " + topic));
    discussions(me, 10).statusCode(200).body("degraded", equalTo(false));

    assertEquals(before, profileReads(), "a recommendation request called profile-service");
  }

  @Test
  void memberFeedDownIsNamedWithThePositioningNoneOfWhichHasArrived() {
    UUID newcomer = UUID.randomUUID();
    String after = takeDown(Feed.MEMBER_CHANGES);

    courses(newcomer, 5)
        .statusCode(200)
        .body("degraded", equalTo(true))
        .body("missingSignals", contains("positioning", "recentConnections"));

    bringBack(Feed.MEMBER_CHANGES, after);
    courses(newcomer, 5)
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("missingSignals", empty());
  }

  /** The feed's next read fails and has been tried; answers where it stood, for bringBack. */
  private String takeDown(Feed feed) {
    String after = Arc.container().instance(ReadModelService.class).get().cursor(feed).orElse(null);
    var request = get(urlPathEqualTo(FeedStubs.path(feed))).atPriority(1);
    outage =
        StubServicesResource.server()
            .stubFor(request.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    FeedStubs.follower().follow(feed);
    return after;
  }

  /** The feed answers again, with nothing new after {@code after}, and has been read. */
  private void bringBack(Feed feed, String after) {
    StubServicesResource.server().removeStub(outage);
    outage = null;
    FeedStubs.stubPage(feed, after, List.of(), after == null ? "restart" : after);
    FeedStubs.follower().follow(feed);
  }

  private static int profileReads() {
    return StubServicesResource.server()
        .countRequestsMatching(anyRequestedFor(PROFILE_READS).build())
        .getCount();
  }

  @Test
  void activityServiceDownIsNamedAndTheAnswerStillComes() {
    UUID me = UUID.randomUUID();
    String after = takeDown(Feed.ACTIVITY_CHANGES);

    courses(me, 5)
        .statusCode(200)
        .body("degraded", equalTo(true))
        .body("missingSignals", contains("recentActivity"));

    bringBack(Feed.ACTIVITY_CHANGES, after);
    courses(me, 5).statusCode(200).body("degraded", equalTo(false)).body("missingSignals", empty());
  }
}
