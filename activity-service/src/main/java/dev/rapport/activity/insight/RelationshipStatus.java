package dev.rapport.activity.insight;

/** Where a relationship stands by its strength (Relationship.status), see {@link Strength}. */
public enum RelationshipStatus {
  ACTIVE,
  FADING,
  DORMANT
}
