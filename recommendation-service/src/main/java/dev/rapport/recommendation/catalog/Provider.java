package dev.rapport.recommendation.catalog;

/** Where a course is taught. */
public enum Provider {
  LINKEDIN_LEARNING,
  COURSERA,
  UDEMY,
  EDX,
  OTHER
}
