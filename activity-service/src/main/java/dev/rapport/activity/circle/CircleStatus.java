package dev.rapport.activity.circle;

/** Where a member stands in a study circle. */
public enum CircleStatus {
  /** Invited by a member, not answered yet. */
  INVITED,
  /** In the circle: sees its members' learning on the course. */
  MEMBER,
  /** Invited, and said no. */
  DECLINED
}
