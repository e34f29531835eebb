package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.catalog.ActivityLevel;
import dev.rapport.recommendation.catalog.Community;
import dev.rapport.recommendation.catalog.DiscussionKind;
import dev.rapport.recommendation.catalog.Level;
import dev.rapport.recommendation.catalog.Provider;
import dev.rapport.recommendation.readmodel.Goal;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.PositioningDigest.GoalTopic;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Candidates and members for the pure scoring tests. */
final class Candidates {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private Candidates() {}

  static CourseCandidate course(List<String> topics, Provider provider, double rating, int count) {
    return new CourseCandidate(
        UUID.randomUUID(),
        topics,
        List.of(),
        provider,
        Level.BEGINNER,
        BigDecimal.valueOf(rating),
        count,
        null,
        Uptake.NONE);
  }

  static CourseCandidate course(List<String> topics, List<String> skills, Level level) {
    return new CourseCandidate(
        UUID.randomUUID(), topics, skills, Provider.EDX, level, null, 0, null, Uptake.NONE);
  }

  static DiscussionCandidate discussion(
      List<String> topics, DiscussionKind kind, Community community, String audience) {
    return new DiscussionCandidate(
        UUID.randomUUID(), topics, kind, community, audience, ActivityLevel.LOW, Uptake.NONE);
  }

  static Uptake popular(int members) {
    return new Uptake(0, List.of(), List.of(), 0, 0, members);
  }

  static PositioningDigest interestedIn(String... topics) {
    return member(List.of(topics), List.of(), List.of(), List.of(), List.of());
  }

  static PositioningDigest member(
      List<String> interests,
      List<String> grow,
      List<String> expert,
      List<GoalTopic> goals,
      List<String> affiliations) {
    return new PositioningDigest(
        interests,
        grow,
        expert,
        goals,
        affiliations,
        interests,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  static PositioningDigest withGoal(Goal goal, String topic) {
    return member(List.of(), List.of(), List.of(), List.of(new GoalTopic(goal, topic)), List.of());
  }
}
