package dev.rapport.recommendation.ranking;

import java.util.List;
import java.util.UUID;

/**
 * A catalog item with the aggregates the candidate query computed for one member ({@link Uptake}):
 * a {@link CourseCandidate} or a {@link DiscussionCandidate}.
 */
sealed interface Candidate permits CourseCandidate, DiscussionCandidate {

  UUID id();

  /** What diversity compares: the item's topics, and a course's skills. */
  List<String> features();

  Uptake uptake();

  /** Same provider, or the same community and audience: the same source, for diversity. */
  boolean sameSource(Candidate other);
}
