package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.catalog.ActivityLevel;
import dev.rapport.recommendation.catalog.Community;
import dev.rapport.recommendation.catalog.DiscussionKind;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A discussion to rank: what scoring reads of it, and who joined it. */
record DiscussionCandidate(
    UUID id,
    List<String> topics,
    DiscussionKind kind,
    Community community,
    String audience,
    ActivityLevel activityLevel,
    Uptake uptake)
    implements Candidate {

  @Override
  public List<String> features() {
    return Scoring.union(topics, List.of());
  }

  @Override
  public boolean sameSource(Candidate other) {
    return other instanceof DiscussionCandidate d
        && community != null
        && community == d.community
        && Objects.equals(audience, d.audience);
  }

  /** New posts every day or every week. */
  boolean active() {
    return activityLevel == ActivityLevel.HIGH || activityLevel == ActivityLevel.MEDIUM;
  }
}
