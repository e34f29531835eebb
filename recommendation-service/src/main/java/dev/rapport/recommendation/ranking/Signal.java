package dev.rapport.recommendation.ranking;

/** What a reason is based on. */
public enum Signal {
  /** The item's topics match the member's interests, hobbies or communities. */
  INTEREST,
  /** The course teaches a skill the member is growing; the discussion uses their expertise. */
  SKILL,
  /** The item serves one of the member's stated goals. */
  GOAL,
  /** The member's school or organization: an alumni group of theirs. */
  AFFILIATION,
  /** Connections of the member took it (named). */
  SOCIAL,
  /** Members with a similar positioning and activity chose it. */
  COLLABORATIVE,
  /** Rating and its count, or how lively a discussion is. */
  QUALITY,
  /** A cohort starting soon. */
  TIMING,
  /** Many members took it; only shown when nothing personal applies. */
  POPULARITY,
  /** Study buddies and share targets: a connection of the member. */
  CONNECTION,
  /** Study buddies and share targets: already on it, or recently active in its topics. */
  ACTIVITY
}
