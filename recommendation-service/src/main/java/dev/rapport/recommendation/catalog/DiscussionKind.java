package dev.rapport.recommendation.catalog;

/** A standing group, a single thread, or an event with a date. */
public enum DiscussionKind {
  GROUP,
  THREAD,
  EVENT
}
