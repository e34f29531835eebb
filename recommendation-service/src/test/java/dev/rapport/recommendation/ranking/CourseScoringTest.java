package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.Candidates.NOW;
import static dev.rapport.recommendation.ranking.Candidates.course;
import static dev.rapport.recommendation.ranking.Candidates.interestedIn;
import static dev.rapport.recommendation.ranking.Candidates.member;
import static dev.rapport.recommendation.ranking.Candidates.withGoal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.recommendation.catalog.Level;
import dev.rapport.recommendation.catalog.Provider;
import dev.rapport.recommendation.readmodel.Goal;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure course rules: weights and reason wording. */
class CourseScoringTest {

  private static CourseScoring scoring(PositioningDigest me, List<String> inDemand) {
    return new CourseScoring(me, inDemand, NOW, Duration.ofDays(30));
  }

  @Test
  void socialReasonNamesAtMostThreeConnections() {
    CourseCandidate c =
        new CourseCandidate(
            UUID.randomUUID(),
            List.of("x"),
            List.of(),
            Provider.UDEMY,
            Level.BEGINNER,
            null,
            0,
            null,
            new Uptake(5, List.of("Ana", "Ben", "Chen", "Dan", "Eve"), List.of(), 0, 0, 0));
    Scoring.Scored scored = scoring(PositioningDigest.EMPTY, List.of()).score(c);
    assertEquals(
        new Reason(Signal.SOCIAL, "5 of your connections are enrolled: Ana, Ben, Chen and others"),
        scored.reasons().get(0));
    assertEquals(4.5, scored.score());
  }

  @Test
  void aFindJobGoalNamesTheInDemandSkillsTaught() {
    CourseCandidate c = course(List.of("data"), List.of("sql", "knitting"), Level.BEGINNER);
    Scoring.Scored scored = scoring(withGoal(Goal.FIND_JOB, null), List.of("SQL")).score(c);
    assertEquals(
        List.of(
            new Reason(Signal.GOAL, "Fits your goal: find a job — teaches in-demand skills: sql")),
        scored.reasons());
    assertEquals(RankingWeights.FIND_JOB_IN_DEMAND.weight(), scored.score());
  }

  @Test
  void aFindJobGoalInTheCoursesTopicAndSkillsAddsBoth() {
    CourseCandidate c = course(List.of("data"), List.of("sql"), Level.BEGINNER);
    Scoring.Scored scored = scoring(withGoal(Goal.FIND_JOB, "data"), List.of("sql")).score(c);
    assertEquals(
        List.of(
            new Reason(
                Signal.GOAL, "Fits your goal: find a job in data — teaches in-demand skills: sql")),
        scored.reasons());
    assertEquals(2.5, scored.score());
  }

  @Test
  void anExpertGoalFavoursAdvancedCourses() {
    PositioningDigest me = withGoal(Goal.BECOME_KNOWN_EXPERT, "kafka");
    Scoring.Scored beginner =
        scoring(me, List.of()).score(course(List.of("kafka"), List.of(), Level.BEGINNER));
    Scoring.Scored advanced =
        scoring(me, List.of()).score(course(List.of("kafka"), List.of(), Level.ADVANCED));
    assertEquals(1.5, beginner.score());
    assertEquals(2.2, advanced.score());
    assertEquals(
        List.of(new Reason(Signal.GOAL, "Fits your goal: be known as an expert in kafka")),
        advanced.reasons());
  }

  @Test
  void otherGoalsCountByTheirTopic() {
    Scoring.Scored scored =
        scoring(withGoal(Goal.FIND_CLIENTS, "retail"), List.of())
            .score(course(List.of("retail"), List.of(), Level.BEGINNER));
    assertEquals(
        List.of(new Reason(Signal.GOAL, "Fits your goal: find clients in retail")),
        scored.reasons());
    assertEquals(1.2, scored.score());
  }

  @Test
  void interestsCountAtMostThreeAndGrowingSkillsAtMostTwo() {
    PositioningDigest me =
        member(
            List.of("a", "b", "c", "d"), List.of("e", "f", "g"), List.of(), List.of(), List.of());
    Scoring.Scored scored =
        scoring(me, List.of())
            .score(course(List.of("a", "b", "c", "d"), List.of("e", "f", "g"), Level.BEGINNER));
    assertEquals(3 * 1.0 + 2 * 1.2, scored.score());
    assertEquals(
        List.of(
            new Reason(Signal.INTEREST, "Matches your interests: a, b, c"),
            new Reason(Signal.SKILL, "Grows skills you are building: e, f, g")),
        scored.reasons());
  }

  @Test
  void aHighRatingFromManyLearnersIsNamedAndALowOneCostsScore() {
    Scoring.Scored high =
        scoring(PositioningDigest.EMPTY, List.of())
            .score(course(List.of("x"), Provider.EDX, 4.7, 12840));
    assertEquals(
        List.of(new Reason(Signal.QUALITY, "Rated 4.7 by 12,840 learners")), high.reasons());
    assertEquals(0.48, high.score());
    Scoring.Scored low =
        scoring(PositioningDigest.EMPTY, List.of())
            .score(course(List.of("x"), Provider.EDX, 2.5, 1000));
    assertEquals(List.of(), low.reasons());
    assertEquals(-0.4, low.score());
  }

  @Test
  void aCohortStartingSoonIsTimely() {
    CourseCandidate c =
        new CourseCandidate(
            UUID.randomUUID(),
            List.of("x"),
            List.of(),
            Provider.EDX,
            Level.BEGINNER,
            null,
            0,
            NOW.plus(Duration.ofDays(6)),
            Uptake.NONE);
    Scoring.Scored scored = scoring(PositioningDigest.EMPTY, List.of()).score(c);
    assertEquals(
        List.of(new Reason(Signal.TIMING, "Next cohort starts 2026-12-01, in 6 days")),
        scored.reasons());
    assertEquals(0.6, scored.score());
  }

  @Test
  void popularityIsNamedOnlyWhenNothingPersonalApplies() {
    CourseCandidate c =
        new CourseCandidate(
            UUID.randomUUID(),
            List.of("x"),
            List.of(),
            Provider.EDX,
            Level.BEGINNER,
            null,
            0,
            null,
            Candidates.popular(120));
    assertEquals(
        List.of(new Reason(Signal.POPULARITY, "Popular on Rapport: 120 members enrolled")),
        scoring(PositioningDigest.EMPTY, List.of()).score(c).reasons());
    Scoring.Scored personal = scoring(interestedIn("x"), List.of()).score(c);
    assertEquals(
        List.of(Signal.INTEREST), personal.reasons().stream().map(Reason::signal).toList());
    assertTrue(personal.score() > 1.0);
  }

  @Test
  void theRatingWeighsNothingWithoutLearners() {
    CourseCandidate c =
        new CourseCandidate(
            UUID.randomUUID(),
            List.of("x"),
            List.of(),
            Provider.EDX,
            Level.BEGINNER,
            BigDecimal.valueOf(5.0),
            0,
            null,
            Uptake.NONE);
    assertEquals(0.0, scoring(PositioningDigest.EMPTY, List.of()).score(c).score());
  }
}
