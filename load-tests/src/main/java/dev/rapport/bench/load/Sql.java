package dev.rapport.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs statements against one database, for scripts that have a JDK but no psql. */
public final class Sql {

  private Sql() {}

  public static void main(String[] args) throws Exception {
    String server = "jdbc:postgresql://127.0.0.1:5432/";
    String user = "postgres";
    String password = "";
    String db = "postgres";
    List<String> statements = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--server" -> server = args[i + 1];
        case "--user" -> user = args[i + 1];
        case "--password" -> password = args[i + 1];
        case "--db" -> db = args[i + 1];
        case "--sql" -> statements.add(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    try (Connection c = DriverManager.getConnection(server + db, user, password);
        Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    }
  }
}
