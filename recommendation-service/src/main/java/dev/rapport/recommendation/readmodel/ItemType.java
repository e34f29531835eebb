package dev.rapport.recommendation.readmodel;

/** The kinds of catalog item feedback can be about. */
public enum ItemType {
  COURSE,
  DISCUSSION
}
