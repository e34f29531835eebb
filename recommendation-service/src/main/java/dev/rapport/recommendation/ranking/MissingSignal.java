package dev.rapport.recommendation.ranking;

/** A signal an answer had to do without, named in its {@code missingSignals}. */
enum MissingSignal {
  /** profile-service did not answer: the read model's copy of the positioning was used. */
  FRESH_POSITIONING("freshPositioning"),
  /** No positioning known at all. */
  POSITIONING("positioning"),
  /** The activity feed is down. */
  RECENT_ACTIVITY("recentActivity"),
  /** The member feed is down. */
  RECENT_CONNECTIONS("recentConnections");

  private final String label;

  MissingSignal(String label) {
    this.label = label;
  }

  /** As the answer names it. */
  String label() {
    return label;
  }
}
