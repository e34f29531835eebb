package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.FeedStubs.goal;
import static dev.rapport.recommendation.FeedStubs.positioningOf;
import static dev.rapport.recommendation.FeedStubs.skill;
import static dev.rapport.recommendation.catalog.CatalogFixtures.course;
import static dev.rapport.recommendation.catalog.CatalogFixtures.create;
import static dev.rapport.recommendation.catalog.CatalogFixtures.createDiscussion;
import static dev.rapport.recommendation.catalog.CatalogFixtures.discussion;
import static dev.rapport.recommendation.ranking.Members.courses;
import static dev.rapport.recommendation.ranking.Members.discussions;
import static dev.rapport.recommendation.ranking.Members.known;
import static dev.rapport.recommendation.ranking.Members.unique;
import static org.hamcrest.Matchers.hasItem;

import dev.rapport.common.testing.SmallPool;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Course and discussion recommendations on one pooled connection at a time (see {@link SmallPool}):
 * the candidates and the items' views, sixteen members at once on a pool of two.
 */
@QuarkusTest
@TestProfile(SmallPool.Profile.class)
class OnePooledConnectionTest {

  @Test
  void recommendationsHoldOneConnectionEach() throws Exception {
    String topic = unique("soil science");
    String courseId = create(course("Soil Science Basics", List.of(topic), List.of()));
    String discussionId =
        createDiscussion(discussion("Soil health circle", List.of(topic), "TECHNOLOGY"));
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      UUID me = UUID.randomUUID();
      known(
          me,
          "Member " + i,
          positioningOf(
              List.of(topic),
              List.of(skill("Composting", "BEGINNER")),
              List.of(goal("BECOME_KNOWN_EXPERT", topic)),
              List.of()));
      members.add(me);
    }
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (UUID me : members) {
        calls.add(() -> courses(me, 10).extract().statusCode());
        calls.add(() -> discussions(me, 10).extract().statusCode());
      }
    }
    SmallPool.allAnswer(200, "a member's recommendations", calls);

    courses(members.get(0), 10).statusCode(200).body("items.item.id", hasItem(courseId));
    discussions(members.get(0), 10).statusCode(200).body("items.item.id", hasItem(discussionId));
  }
}
