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
}
