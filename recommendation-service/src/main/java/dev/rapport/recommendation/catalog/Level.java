package dev.rapport.recommendation.catalog;

/** How much a course expects its learners to know already. */
public enum Level {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED
}
