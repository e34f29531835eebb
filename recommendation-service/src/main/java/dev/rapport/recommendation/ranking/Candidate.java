package dev.rapport.recommendation.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A catalog item with the aggregates the candidate query computed for one member: which of their
 * connections took it, how much members like them chose it, how many members took it at all. Course
 * fields are null for discussions and the other way round.
 */
record Candidate(
    UUID id,
    List<String> topics,
    List<String> skills,
    String provider,
    String level,
    BigDecimal rating,
    int ratingCount,
    Instant cohortStart,
    String kind,
    String community,
    String audience,
    String activityLevel,
    int socialCount,
    List<String> socialNames,
    int collaborativeCount,
    double collaborativeWeight,
    int popularity,
    List<UUID> socialIds) {

  /** Without the ids of the connections named (they line up with socialNames). */
  Candidate(
      UUID id,
      List<String> topics,
      List<String> skills,
      String provider,
      String level,
      BigDecimal rating,
      int ratingCount,
      Instant cohortStart,
      String kind,
      String community,
      String audience,
      String activityLevel,
      int socialCount,
      List<String> socialNames,
      int collaborativeCount,
      double collaborativeWeight,
      int popularity) {
    this(
        id,
        topics,
        skills,
        provider,
        level,
        rating,
        ratingCount,
        cohortStart,
        kind,
        community,
        audience,
        activityLevel,
        socialCount,
        socialNames,
        collaborativeCount,
        collaborativeWeight,
        popularity,
        List.of());
  }
}
