package dev.rapport.common.changefeed;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored change, as {@link ChangeOutbox#after} reads it (columns in this order).
 *
 * @param entity the kind of entity, or null when the table has one kind ({@link ChangeTable})
 * @param data the change's JSON as stored, or null (a DELETE, or a redacted change)
 */
public record ChangeRow(
    String tx,
    Long seq,
    String entity,
    UUID entityId,
    UUID memberId,
    String operation,
    Instant changedAt,
    String data) {

  /** This change's place in the feed. */
  public ChangePosition position() {
    return new ChangePosition(tx, seq);
  }
}
