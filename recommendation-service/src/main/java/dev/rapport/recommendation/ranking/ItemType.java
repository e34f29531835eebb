package dev.rapport.recommendation.ranking;

/** The kinds of catalog item feedback can be about. */
public enum ItemType {
  COURSE,
  DISCUSSION
}
