package dev.rapport.activity.insight;

/** The kinds of nudge, as the API names them (Nudge.kind). */
public enum NudgeKind {
  /** A cadence past due. */
  OVERDUE_CADENCE,
  /** One of the strongest FADING relationships. */
  RECONNECT,
  /** A relationship where the member has mostly received. */
  GIVE_FIRST,
  /** A way with no activity in the last 30 days. */
  PRACTISE_WAY,
  /** A course studied with companions and no INSIGHT in 7 days. */
  INSIGHT_OWED,
  /** A shared article with no recipient. */
  ADDRESS_SHARE,
  /** A study circle's weekly day has come this week and the member has shared no insight. */
  CIRCLE_INSIGHT_DUE
}
