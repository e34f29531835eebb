package dev.rapport.activity.way;

/**
 * The ways of building relationships that members log; {@code way} numbers them as Rapport does.
 */
public enum ActivityType {
  /** Way 2: give time, skills, expertise. */
  CONTRIBUTION(2),
  /** Way 3: take part in discussions. */
  DISCUSSION(3),
  /** Way 4: share what you learned with the people it helps. */
  KNOWLEDGE_SHARE(4),
  /** Way 5: learn, with companions. */
  LEARNING(5);

  private final int way;

  ActivityType(int way) {
    this.way = way;
  }

  public int way() {
    return way;
  }

  /**
   * Whether an activity of this type is addressed to its counterparts: a knowledge share to its
   * recipients, a contribution to its beneficiaries. Those members always see it, find it in their
   * inbox and may respond to it, whatever its visibility.
   */
  public boolean addressed() {
    return this == CONTRIBUTION || this == KNOWLEDGE_SHARE;
  }
}
