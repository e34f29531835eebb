package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.Candidates.NOW;
import static dev.rapport.recommendation.ranking.Candidates.course;
import static dev.rapport.recommendation.ranking.Candidates.discussion;
import static dev.rapport.recommendation.ranking.Candidates.interestedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.recommendation.catalog.Community;
import dev.rapport.recommendation.catalog.DiscussionKind;
import dev.rapport.recommendation.catalog.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diversity re-ranking (maximal marginal relevance) and the similarity it uses. */
class DiversityTest {

  @Test
  void diversificationLiftsADifferentItemAboveNearDuplicates() {
    CourseScoring scoring =
        new CourseScoring(
            interestedIn("excel", "storytelling"), List.of(), NOW, Duration.ofDays(30));
    List<Scoring.Scored> scored = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      scored.add(scoring.score(course(List.of("excel"), Provider.UDEMY, 4.9, 5000)));
    }
    Scoring.Scored different =
        scoring.score(course(List.of("storytelling"), Provider.EDX, 4.0, 10));
    scored.add(different);
    assertTrue(different.score() < scored.get(0).score());

    List<Scoring.Scored> plain = Diversity.diversify(scored, 3, 1.0);
    List<Scoring.Scored> diverse = Diversity.diversify(scored, 3, 0.7);
    assertTrue(!plain.contains(different), "without diversity the duplicates win");
    assertEquals(different, diverse.get(1));
  }

  @Test
  void similarityIsTheFeaturesJaccardPlusTheSameSource() {
    CourseCandidate a = course(List.of("a", "b"), Provider.UDEMY, 4, 1);
    CourseCandidate b = course(List.of("b", "c"), Provider.UDEMY, 4, 1);
    CourseCandidate c = course(List.of("b", "c"), Provider.EDX, 4, 1);
    assertEquals(0.85 / 3 + 0.15, Diversity.similarity(a, b), 1e-9);
    assertEquals(0.85 / 3, Diversity.similarity(a, c), 1e-9);
    assertEquals(1.0, Diversity.similarity(a, a), 1e-9);
  }

  @Test
  void discussionsShareASourceByCommunityAndAudience() {
    DiscussionCandidate hec =
        discussion(List.of("x"), DiscussionKind.GROUP, Community.ALUMNI, "HEC Paris");
    DiscussionCandidate otherHec =
        discussion(List.of("y"), DiscussionKind.EVENT, Community.ALUMNI, "HEC Paris");
    DiscussionCandidate essec =
        discussion(List.of("y"), DiscussionKind.GROUP, Community.ALUMNI, "ESSEC");
    assertEquals(0.15, Diversity.similarity(hec, otherHec), 1e-9);
    assertEquals(0.0, Diversity.similarity(hec, essec), 1e-9);
  }

  @Test
  void noMoreThanTheLimitAndNothingFromNothing() {
    CourseScoring scoring =
        new CourseScoring(interestedIn("x"), List.of(), NOW, Duration.ofDays(30));
    List<Scoring.Scored> scored = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      scored.add(scoring.score(course(List.of("x"), Provider.EDX, 4, 1)));
    }
    assertEquals(2, Diversity.diversify(scored, 2, 0.7).size());
    assertEquals(List.of(), Diversity.diversify(List.of(), 2, 0.7));
  }
}
