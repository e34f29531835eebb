package dev.rapport.activity.log;

/** Who gave: the member (GIVEN), the counterparts (RECEIVED), or both (MUTUAL). */
public enum Direction {
  GIVEN,
  RECEIVED,
  MUTUAL
}
