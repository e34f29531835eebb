package dev.rapport.recommendation.readmodel;

/** The change feeds the read model follows. */
public enum Feed {
  MEMBER_CHANGES("member-changes"),
  ACTIVITY_CHANGES("activity-changes");

  private final String label;

  Feed(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
