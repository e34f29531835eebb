package dev.rapport.common.changefeed;

import java.util.regex.Pattern;

/**
 * The shape of one service's change-feed table, as its migration creates it: {@code seq bigserial,
 * tx xid8 DEFAULT pg_current_xact_id(), member_id uuid, operation text, changed_at timestamptz,
 * data jsonb}, plus the column holding the changed entity's id and, when the table carries several
 * kinds of entity, the column naming the kind.
 *
 * <p>These are SQL identifiers, checked to be plain lower-case names: {@link ChangeOutbox} writes
 * them into its fixed statements once, when it is made, and binds every value as a parameter.
 *
 * @param name the table
 * @param entityIdColumn the column holding the changed entity's id
 * @param entityColumn the column naming the entity's kind, or null when the table has one kind
 */
public record ChangeTable(String name, String entityIdColumn, String entityColumn) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  public ChangeTable {
    identifier(name);
    identifier(entityIdColumn);
    if (entityColumn != null) {
      identifier(entityColumn);
    }
  }

  /** A table of one kind of entity, whose id is in {@code entityIdColumn}. */
  public static ChangeTable of(String name, String entityIdColumn) {
    return new ChangeTable(name, entityIdColumn, null);
  }

  /** A table of several kinds of entity, named in {@code entityColumn}. */
  public static ChangeTable of(String name, String entityIdColumn, String entityColumn) {
    return new ChangeTable(name, entityIdColumn, entityColumn);
  }

  /**
   * The page read: changes after {@code (:tx, :seq)} whose transaction is older than every one
   * still running (so nothing can commit later at a lower position), in {@code (tx, seq)} order
   * along the table's {@code (tx, seq)} index. The columns are qualified: {@code ORDER BY tx} alone
   * would name the output column {@code cast(tx as text)}, sort the whole table by text on every
   * page (tens of seconds at a million rows) and put tx 10 before tx 9.
   */
  public String pageStatement() {
    return ("SELECT cast(c.tx as text) AS position, c.seq, %s, c.%s, c.member_id,"
            + " cast(c.operation as text), c.changed_at, cast(c.data as text) FROM %s c"
            + " WHERE c.tx < pg_snapshot_xmin(pg_current_snapshot())"
            + " AND (c.tx, c.seq) > (cast(:tx as xid8), :seq)"
            + " ORDER BY c.tx, c.seq LIMIT :limit")
        .formatted(
            entityColumn != null ? "cast(c." + entityColumn + " as text)" : "cast(null as text)",
            entityIdColumn,
            name);
  }

  private static void identifier(String value) {
    if (value == null || !IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a plain SQL identifier: " + value);
    }
  }
}
