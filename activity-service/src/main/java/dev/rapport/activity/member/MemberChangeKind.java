package dev.rapport.activity.member;

/** The entities of profile-service's member-changes feed this service keeps a copy of. */
enum MemberChangeKind {
  MEMBER,
  CONNECTION,
  /** Positionings and the rest. */
  OTHER;

  static MemberChangeKind of(String entity) {
    return entity == null
        ? OTHER
        : switch (entity) {
          case "MEMBER" -> MEMBER;
          case "CONNECTION" -> CONNECTION;
          default -> OTHER;
        };
  }
}
