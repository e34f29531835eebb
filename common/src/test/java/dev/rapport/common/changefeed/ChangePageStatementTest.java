package dev.rapport.common.changefeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rapport.common.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page read against a real PostgreSQL: it walks the {@code (tx, seq)} index without sorting,
 * and in xid order, where the text of the ids would put 10 before 9.
 */
class ChangePageStatementTest {

  private static TestPostgres postgres;
  private static String url;

  @BeforeAll
  static void database() throws Exception {
    postgres = TestPostgres.acquire();
    url = postgres.createDatabase("change_page");
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE member_change (seq bigserial PRIMARY KEY, tx xid8 NOT NULL DEFAULT"
              + " pg_current_xact_id(), entity varchar(12) NOT NULL, entity_id uuid NOT NULL,"
              + " member_id uuid NOT NULL, operation varchar(6) NOT NULL,"
              + " changed_at timestamptz NOT NULL, data jsonb)");
      s.execute("CREATE INDEX member_change_tx_seq_idx ON member_change (tx, seq)");
      // Positions 9 and 10: in text order "10" sorts first.
      for (int tx : List.of(10, 9, 11)) {
        s.execute(
            "INSERT INTO member_change (tx, entity, entity_id, member_id, operation, changed_at)"
                + " VALUES ('"
                + tx
                + "', 'MEMBER', gen_random_uuid(), gen_random_uuid(), 'UPSERT', now())");
      }
      s.execute("ANALYZE member_change");
    }
  }

  @AfterAll
  static void drop() throws Exception {
    postgres.dropDatabase(url);
    postgres.close();
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(url, postgres.user(), postgres.password());
  }

  private static String page(String tx, long seq, int limit) {
    return ChangeTable.of("member_change", "entity_id", "entity")
        .pageStatement()
        .replace(":tx", "'" + tx + "'")
        .replace(":seq", Long.toString(seq))
        .replace(":limit", Integer.toString(limit));
  }

  @Test
  void pagesFollowTheIndexWithoutASort() throws Exception {
    List<String> plan = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      try (ResultSet r = s.executeQuery("EXPLAIN " + page("0", 0, 5000))) {
        while (r.next()) {
          plan.add(r.getString(1));
        }
      }
    }
    assertFalse(
        plan.stream().anyMatch(line -> line.contains("Sort")),
        "a sort in\n" + String.join("\n", plan));
  }

  @Test
  void pagesAreInTransactionIdOrder() throws Exception {
    List<String> positions = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(page("0", 0, 2))) {
      while (r.next()) {
        positions.add(r.getString(1));
      }
    }
    assertEquals(List.of("9", "10"), positions);
  }
}
