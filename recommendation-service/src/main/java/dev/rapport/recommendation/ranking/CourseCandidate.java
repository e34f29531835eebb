package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.catalog.Level;
import dev.rapport.recommendation.catalog.Provider;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A course to rank: what scoring reads of it, and who took it. */
record CourseCandidate(
    UUID id,
    List<String> topics,
    List<String> skills,
    Provider provider,
    Level level,
    BigDecimal rating,
    int ratingCount,
    Instant cohortStart,
    Uptake uptake)
    implements Candidate {

  @Override
  public List<String> features() {
    return Scoring.union(topics, skills);
  }

  @Override
  public boolean sameSource(Candidate other) {
    return other instanceof CourseCandidate c && provider != null && provider == c.provider;
  }
}
