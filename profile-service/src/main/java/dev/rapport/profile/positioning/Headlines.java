package dev.rapport.profile.positioning;

import java.util.UUID;

/**
 * A member's headline, which the positioning coach weighs with the positioning. Implemented by the
 * member feature, which builds on positionings (so this package does not import it).
 */
public interface Headlines {

  /** The member's headline (null when they have none); 404 when there is no such member. */
  String headlineOf(UUID member);
}
