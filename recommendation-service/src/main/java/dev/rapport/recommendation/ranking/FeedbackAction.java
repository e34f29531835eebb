package dev.rapport.recommendation.ranking;

/** What a member did with a recommended item. */
public enum FeedbackAction {
  SHOWN,
  CLICKED,
  /** Never recommend it again. */
  DISMISSED,
  /** Courses only. */
  ENROLLED,
  /** Discussions only. */
  JOINED
}
