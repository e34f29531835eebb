package dev.rapport.recommendation.catalog;

/** How lively a discussion is: roughly, posts per week under 5, under 50, or more. */
public enum ActivityLevel {
  LOW,
  MEDIUM,
  HIGH
}
