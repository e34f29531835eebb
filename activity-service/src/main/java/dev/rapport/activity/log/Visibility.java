package dev.rapport.activity.log;

/** Who may read an activity besides its owner and Rapport services. */
public enum Visibility {
  /** Every signed-in member. */
  PUBLIC,
  /** The owner's accepted connections. */
  CONNECTIONS,
  /** The owner only. */
  PRIVATE
}
