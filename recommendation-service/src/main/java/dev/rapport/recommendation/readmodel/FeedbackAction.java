package dev.rapport.recommendation.readmodel;

/** What a member did with a recommended item; an engagement's action in the read model. */
public enum FeedbackAction {
  SHOWN,
  CLICKED,
  /** Never recommend it again. */
  DISMISSED,
  /** Courses only. */
  ENROLLED,
  /** Discussions only. */
  JOINED;

  /** Enrolling and joining take an item: they count towards its popularity and hide it. */
  boolean takes() {
    return this == ENROLLED || this == JOINED;
  }
}
