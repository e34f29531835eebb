package dev.rapport.profile.audience;

/** How the caller relates to the member being read; decides which sections they see. */
public enum Audience {
  /** No token. */
  ANONYMOUS,
  /** A member who is not an accepted connection. */
  STRANGER,
  /** A member with an accepted connection to the member read. */
  CONNECTION,
  /** The member themself. */
  OWNER,
  /** Another Rapport service: sees every section and must not re-expose private ones. */
  SERVICE
}
