package dev.rapport.activity.response;

/**
 * How a member answers a share or contribution addressed to them, and how much the answer counts
 * towards both members' relationships (on the scale of {@code Weights}).
 */
public enum ResponseKind {
  /** At most once per member and activity; text optional. */
  THANKS(2),
  /** Any number; text required. */
  REPLY(3);

  private final int weight;

  ResponseKind(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }

  public static final String DESCRIPTION =
      "A response counts as one interaction in both members' relationships, at the time it is"
          + " made: GIVEN in the responder's, RECEIVED in the author's, with weight THANKS 2,"
          + " REPLY 3, in the way of the activity it answers.";
}
