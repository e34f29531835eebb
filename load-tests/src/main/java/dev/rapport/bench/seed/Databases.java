package dev.rapport.bench.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The bench databases on one server: (re)created, migrated with a service's own Flyway scripts, and
 * connections for bulk loading, with secondary indexes dropped during the load and rebuilt after.
 */
final class Databases {

  private final String server;
  private final String user;
  private final String password;

  Databases(String server, String user, String password) {
    this.server = server;
    this.user = user;
    this.password = password;
  }

  void recreate(String db) throws SQLException {
    try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + db);
    }
  }

  void migrate(String db, Path migrations) {
    if (!Files.isDirectory(migrations)) {
      throw new IllegalStateException(migrations + " is missing: run from the repository root");
    }
    Flyway.configure()
        .dataSource(server + db, user, password)
        .locations("filesystem:" + migrations)
        .load()
        .migrate();
  }

  /** A connection for bulk loading: one transaction per table, no waiting for the WAL flush. */
  Connection bulk(String db) throws SQLException {
    Connection c = connect(db);
    try (Statement st = c.createStatement()) {
      st.execute("SET synchronous_commit = off");
      st.execute("SET maintenance_work_mem = '512MB'");
    }
    c.setAutoCommit(false);
    return c;
  }

  Connection connect(String db) throws SQLException {
    return DriverManager.getConnection(server + db, user, password);
  }

  /**
   * Drops the secondary indexes of the tables (not those behind constraints); returns their DDL.
   */
  static List<String> dropIndexes(Connection c, List<String> tables) throws SQLException {
    List<String[]> found = new ArrayList<>();
    try (var st =
        c.prepareStatement(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public'"
                + " AND i.tablename = ANY (?) AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                + " WHERE k.conname = i.indexname) ORDER BY i.indexname")) {
      st.setArray(1, c.createArrayOf("text", tables.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          found.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    List<String> ddl = new ArrayList<>();
    try (Statement st = c.createStatement()) {
      for (String[] index : found) {
        st.execute("DROP INDEX " + index[0]);
        ddl.add(index[1]);
      }
    }
    c.commit();
    return ddl;
  }

  /** Runs the DDL {@link #dropIndexes} returned. */
  static void rebuild(Connection c, List<String> ddl) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String statement : ddl) {
        st.execute(statement);
      }
    }
    c.commit();
  }
}
