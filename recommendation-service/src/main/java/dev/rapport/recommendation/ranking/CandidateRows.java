package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.catalog.ActivityLevel;
import dev.rapport.recommendation.catalog.Community;
import dev.rapport.recommendation.catalog.DiscussionKind;
import dev.rapport.recommendation.catalog.Level;
import dev.rapport.recommendation.catalog.Provider;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The candidate queries' rows, typed as PostgreSQL answers them, and the candidates they make. */
final class CandidateRows {

  private CandidateRows() {}

  /** A row of {@link CandidateRepository}'s course query, typed as the query answers it. */
  record CourseRow(
      UUID id,
      String[] topics,
      String[] skills,
      String provider,
      String level,
      BigDecimal rating,
      Integer ratingCount,
      Instant cohortStart,
      Long socialCount,
      String[] socialNames,
      UUID[] socialIds,
      Long collaborativeCount,
      BigDecimal collaborativeWeight,
      Integer popularity) {

    CourseCandidate candidate() {
      return new CourseCandidate(
          id,
          texts(topics),
          texts(skills),
          Provider.valueOf(provider),
          Level.valueOf(level),
          rating,
          ratingCount,
          cohortStart,
          uptake(
              socialCount,
              socialNames,
              socialIds,
              collaborativeCount,
              collaborativeWeight,
              popularity));
    }
  }

  /** A row of its discussion query. */
  record DiscussionRow(
      UUID id,
      String[] topics,
      String kind,
      String community,
      String audience,
      String activityLevel,
      Long socialCount,
      String[] socialNames,
      UUID[] socialIds,
      Long collaborativeCount,
      BigDecimal collaborativeWeight,
      Integer popularity) {

    DiscussionCandidate candidate() {
      return new DiscussionCandidate(
          id,
          texts(topics),
          DiscussionKind.valueOf(kind),
          Community.valueOf(community),
          audience,
          ActivityLevel.valueOf(activityLevel),
          uptake(
              socialCount,
              socialNames,
              socialIds,
              collaborativeCount,
              collaborativeWeight,
              popularity));
    }
  }

  private static Uptake uptake(
      Long socialCount,
      String[] socialNames,
      UUID[] socialIds,
      Long collaborativeCount,
      BigDecimal collaborativeWeight,
      Integer popularity) {
    return new Uptake(
        socialCount.intValue(),
        texts(socialNames),
        socialIds == null ? List.of() : List.of(socialIds),
        collaborativeCount.intValue(),
        collaborativeWeight.doubleValue(),
        popularity);
  }

  /** The non-null values of a text array, in order. */
  private static List<String> texts(String[] values) {
    return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).toList();
  }
}
