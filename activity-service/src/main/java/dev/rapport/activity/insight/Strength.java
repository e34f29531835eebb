package dev.rapport.activity.insight;

/**
 * Relationship strength: the sum over interactions of weight x 0.5^(ageDays / 30), so each
 * interaction counts half as much every 30 days. ACTIVE from 4 (one video call within the last 30
 * days), FADING from 1, DORMANT below.
 */
public final class Strength {

  public static final int HALF_LIFE_DAYS = 30;
  public static final double ACTIVE_FROM = 4.0;
  public static final double FADING_FROM = 1.0;

  public static final String DESCRIPTION =
      "strength = sum over the interactions with the counterpart of weight x 0.5^(ageDays / 30)"
          + " (each interaction halves every 30 days; weights 1-12 by type and kind). Status"
          + " ACTIVE when strength >= 4, FADING when >= 1, DORMANT below 1.";

  private Strength() {}

  public static RelationshipStatus status(double strength) {
    if (strength >= ACTIVE_FROM) {
      return RelationshipStatus.ACTIVE;
    }
    return strength >= FADING_FROM ? RelationshipStatus.FADING : RelationshipStatus.DORMANT;
  }
}
