package dev.rapport.profile.positioning;

import dev.rapport.profile.audience.Audience;

/** Who may see a section of a member's positioning. */
public enum Visibility {
  PUBLIC,
  CONNECTIONS,
  PRIVATE;

  public boolean visibleTo(Audience audience) {
    return switch (this) {
      case PUBLIC -> true;
      case CONNECTIONS ->
          audience == Audience.CONNECTION
              || audience == Audience.OWNER
              || audience == Audience.SERVICE;
      case PRIVATE -> audience == Audience.OWNER || audience == Audience.SERVICE;
    };
  }
}
