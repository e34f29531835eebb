package dev.rapport.recommendation.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.PositioningDigest.GoalTopic;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure scoring rules: weights, reason wording and the diversity re-ranking. */
class ScoringTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static Candidate course(List<String> topics, String provider, double rating, int count) {
    return new Candidate(
        UUID.randomUUID(),
        topics,
        List.of(),
        provider,
        "BEGINNER",
        BigDecimal.valueOf(rating),
        count,
        null,
        null,
        null,
        null,
        null,
        0,
        List.of(),
        0,
        0,
        0);
  }

  private static PositioningDigest interestedIn(String... topics) {
    return new PositioningDigest(
        List.of(topics),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(topics),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void socialReasonNamesAtMostThreeConnections() {
    Candidate c =
        new Candidate(
            UUID.randomUUID(),
            List.of("x"),
            List.of(),
            "UDEMY",
            "BEGINNER",
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            5,
            List.of("Ana", "Ben", "Chen", "Dan", "Eve"),
            0,
            0,
            0);
    Scoring.Scored scored =
        new Scoring(PositioningDigest.EMPTY, List.of(), NOW, Duration.ofDays(30)).course(c);
    assertEquals(
        new Reason(Signal.SOCIAL, "5 of your connections are enrolled: Ana, Ben, Chen and others"),
        scored.reasons().get(0));
    assertEquals(4.5, scored.score());
  }

  @Test
  void aFindJobGoalNamesTheInDemandSkillsTaught() {
    Candidate c =
        new Candidate(
            UUID.randomUUID(),
            List.of("data"),
            List.of("sql", "knitting"),
            "EDX",
            "BEGINNER",
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            0,
            List.of(),
            0,
            0,
            0);
    PositioningDigest me =
        new PositioningDigest(
            List.of(),
            List.of(),
            List.of(),
            List.of(new GoalTopic("FIND_JOB", null)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Scoring.Scored scored = new Scoring(me, List.of("SQL"), NOW, Duration.ofDays(30)).course(c);
    assertEquals(
        List.of(
            new Reason(Signal.GOAL, "Fits your goal: find a job — teaches in-demand skills: sql")),
        scored.reasons());
  }

  @Test
  void withoutAnythingPersonalOnlyPopularityIsGivenAsAReason() {
    Candidate c =
        new Candidate(
            UUID.randomUUID(),
            List.of("x"),
            List.of(),
            null,
            null,
            null,
            0,
            null,
            "GROUP",
            "HOBBY",
            null,
            "LOW",
            0,
            List.of(),
            0,
            0,
            12);
    Scoring.Scored scored =
        new Scoring(PositioningDigest.EMPTY, List.of(), NOW, Duration.ofDays(30)).discussion(c);
    assertEquals(
        List.of(new Reason(Signal.POPULARITY, "Popular on Rapport: 12 members joined")),
        scored.reasons());
  }

  @Test
  void diversificationLiftsADifferentItemAboveNearDuplicates() {
    Scoring scoring =
        new Scoring(interestedIn("excel", "storytelling"), List.of(), NOW, Duration.ofDays(30));
    List<Scoring.Scored> scored = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      scored.add(scoring.course(course(List.of("excel"), "UDEMY", 4.9, 5000)));
    }
    Scoring.Scored different = scoring.course(course(List.of("storytelling"), "EDX", 4.0, 10));
    scored.add(different);
    assertTrue(different.score() < scored.get(0).score());

    List<Scoring.Scored> plain = Scoring.diversify(scored, 3, 1.0);
    List<Scoring.Scored> diverse = Scoring.diversify(scored, 3, 0.7);
    assertTrue(!plain.contains(different), "without diversity the duplicates win");
    assertEquals(different, diverse.get(1));
  }
}
