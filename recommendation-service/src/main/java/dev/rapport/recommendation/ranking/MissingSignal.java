package dev.rapport.recommendation.ranking;

/** A signal an answer had to do without, named in its {@code missingSignals}. */
enum MissingSignal {
  /** The member feed is down and the read model holds no positioning for the member yet. */
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
