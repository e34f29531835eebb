package dev.rapport.activity.member;

import dev.rapport.activity.member.MemberCopyRepository.Position;

/** How current the local copy of members is, as its readiness check names it. */
enum CopyState {
  /** No page read yet. */
  STARTING,
  /** The last attempt to read the feed failed. */
  DOWN,
  /** The last page read was the feed's end. */
  CAUGHT_UP,
  /** More pages to read. */
  BEHIND;

  static CopyState of(Position position) {
    if (position == null) {
      return STARTING;
    }
    if (position.lastError() != null) {
      return DOWN;
    }
    return position.caughtUp() ? CAUGHT_UP : BEHIND;
  }
}
