package dev.rapport.recommendation.recommendation;

/** The kinds of catalog item feedback can be about. */
public enum ItemType {
  COURSE,
  DISCUSSION
}
