package dev.rapport.common.changefeed;

/**
 * A place in a change feed: the writing transaction's id (a PostgreSQL xid8, as decimal text) and
 * the change's sequence number. The feed lists changes in (tx, seq) order; each service's feed
 * encodes positions in its own cursor format.
 */
public record ChangePosition(String tx, long seq) {

  /** Before every change. */
  public static final ChangePosition START = new ChangePosition("0", 0);
}
