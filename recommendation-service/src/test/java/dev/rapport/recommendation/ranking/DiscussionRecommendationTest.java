package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.FeedStubs.deliver;
import static dev.rapport.recommendation.FeedStubs.goal;
import static dev.rapport.recommendation.FeedStubs.joined;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.FeedStubs.skill;
import static dev.rapport.recommendation.catalog.CatalogFixtures.createDiscussion;
import static dev.rapport.recommendation.catalog.CatalogFixtures.discussion;
import static dev.rapport.recommendation.ranking.Members.connect;
import static dev.rapport.recommendation.ranking.Members.discussions;
import static dev.rapport.recommendation.ranking.Members.feedback;
import static dev.rapport.recommendation.ranking.Members.known;
import static dev.rapport.recommendation.ranking.Members.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.rapport.recommendation.readmodel.Feed;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiscussionRecommendationTest {

  private static String reasonsOf(String id) {
    return "items.find { it.item.id == '" + id + "' }.reasons.text";
  }

  @Test
  void eachGoalFavoursTheDiscussionsThatServeIt() {
    String school = unique("Escola Politecnica");
    String expertise = unique("stream processing");
    String clients = unique("retail");
    String discipline = unique("ux research");
    UUID me = UUID.randomUUID();
    known(
        me,
        "Me",
        positioningOf(
            List.of(),
            List.of(skill(discipline, "INTERMEDIATE")),
            List.of(
                goal("RECONNECT", null),
                goal("BECOME_KNOWN_EXPERT", expertise),
                goal("FIND_CLIENTS", clients),
                goal("EXPAND_PEER_NETWORK", null)),
            List.of(school)));
    Map<String, Object> alumni = discussion(school + " Alumni", List.of("alumni"), "ALUMNI");
    alumni.put("audience", school);
    String alumniId = createDiscussion(alumni);
    String expertId =
        createDiscussion(discussion("Stream Processing AMA", List.of(expertise), "TECHNOLOGY"));
    Map<String, Object> buyers = discussion("Retail Buyers Day", List.of(clients), "INDUSTRY");
    buyers.put("kind", "EVENT");
    String clientsId = createDiscussion(buyers);
    Map<String, Object> peers = discussion("UX Researchers", List.of(discipline), "DISCIPLINE");
    peers.put("activityLevel", "HIGH");
    String peersId = createDiscussion(peers);

    discussions(me, 50)
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body(reasonsOf(alumniId), hasItem("Fits your goal: reconnect — the alumni of " + school))
        .body(
            reasonsOf(expertId),
            hasItem(
                "Fits your goal: be known as an expert in "
                    + expertise
                    + " — you can contribute here"))
        .body(
            reasonsOf(clientsId),
            hasItem("Fits your goal: find clients — " + clients + " decision makers gather here"))
        .body(
            reasonsOf(peersId),
            hasItem(
                "Fits your goal: expand your peer network — an active group of "
                    + discipline
                    + " peers"))
        .body(reasonsOf(peersId), hasItem("Very active: new posts every day"));
  }

  @Test
  void connectionsWhoJoinedAreNamedAndJoinedOrDismissedAreHidden() {
    String topic = unique("woodworking");
    UUID me = UUID.randomUUID();
    UUID ana = UUID.randomUUID();
    known(me, "Me", positioningOf(List.of(topic), List.of(), List.of(), List.of()));
    known(ana, "Ana", null);
    connect(me, List.of(ana));
    String club = createDiscussion(discussion("Woodworking Club", List.of(topic), "HOBBY"));
    String joinedByMe = createDiscussion(discussion("Woodworking Tips", List.of(topic), "HOBBY"));
    String dismissed = createDiscussion(discussion("Woodworking Weekend", List.of(topic), "HOBBY"));
    deliver(
        Feed.ACTIVITY_CHANGES,
        List.of(
            joined(UUID.randomUUID(), ana, UUID.fromString(club), List.of(topic)),
            joined(UUID.randomUUID(), me, UUID.fromString(joinedByMe), List.of(topic))));
    feedback(me, dismissed, "DISCUSSION", "DISMISSED");

    discussions(me, 50)
        .statusCode(200)
        .body(reasonsOf(club), hasItem("Your connection Ana joined"))
        .body(reasonsOf(club), hasItem("Matches your interests: " + topic))
        .body("items.item.id", not(hasItem(joinedByMe)))
        .body("items.item.id", not(hasItem(dismissed)));
  }

  @Test
  void alumniGroupsOfMySchoolAndMyExpertiseAreReasonsWithoutAGoal() {
    String school = unique("Universidad de Chile");
    String expertise = unique("spark");
    UUID me = UUID.randomUUID();
    known(
        me,
        "Me",
        positioningOf(List.of(), List.of(skill(expertise, "EXPERT")), List.of(), List.of(school)));
    Map<String, Object> alumni = discussion("Alumni Network", List.of("alumni"), "ALUMNI");
    alumni.put("audience", school);
    String alumniId = createDiscussion(alumni);
    String expertId = createDiscussion(discussion("Spark Users", List.of(expertise), "TECHNOLOGY"));
    discussions(me, 50)
        .statusCode(200)
        .body(reasonsOf(alumniId), hasItem("For alumni of " + school + ", like you"))
        .body(reasonsOf(expertId), hasItem("You can contribute your expertise in " + expertise));
  }

  @Test
  void aMemberWithoutPositioningOrActivityGetsPopularDiscussionsSaidToBePopular() {
    String topic = unique("origami");
    String popular = createDiscussion(discussion("Origami Circle", List.of(topic), "HOBBY"));
    List<Map<String, Object>> joins = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      joins.add(
          joined(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(popular), List.of(topic)));
    }
    deliver(Feed.ACTIVITY_CHANGES, joins);
    UUID newcomer = UUID.randomUUID();
    discussions(newcomer, 10)
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("items[0].item.id", equalTo(popular))
        .body("items[0].reasons.text", hasItem("Popular on Rapport: 30 members joined"));
  }
}
