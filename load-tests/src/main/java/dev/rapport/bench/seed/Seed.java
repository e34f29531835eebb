package dev.rapport.bench.seed;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;

/**
 * {@code scripts/bench.sh seed}: (re)creates the three bench databases, runs each service's own
 * Flyway migrations, and bulk-loads a deterministic, skewed population with COPY. Secondary indexes
 * are dropped during the load and rebuilt from their own definitions after, then every database is
 * vacuumed and analysed. Prints each phase's time and writes them, with the data set's shape, to
 * {@code --report}.
 */
public final class Seed {

  /** The password of every seeded account; works only where a seed was loaded. */
  public static final String PASSWORD = "bench-password";

  private final Map<String, String> report = new LinkedHashMap<>();
  private final String server;
  private final String user;
  private final String password;

  private Seed(String server, String user, String password) {
    this.server = server;
    this.user = user;
    this.password = password;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = Args.parse(args);
    int members = Integer.parseInt(a.getOrDefault("members", "100000"));
    long seed = Long.parseLong(a.getOrDefault("seed", "1"));
    Instant anchor =
        a.containsKey("anchor")
            ? LocalDate.parse(a.get("anchor")).atStartOfDay(ZoneOffset.UTC).toInstant()
            : LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    String profileDb = a.getOrDefault("profile-db", "bench_profile");
    String activityDb = a.getOrDefault("activity-db", "bench_activity");
    String recommendationDb = a.getOrDefault("recommendation-db", "bench_recommendation");
    for (String db : List.of(profileDb, activityDb, recommendationDb)) {
      if (!db.matches("bench_[a-z0-9_]+")) {
        throw new IllegalArgumentException(
            db + ": the seeder only (re)creates databases named bench_<something>");
      }
    }
    Path root = Path.of(a.getOrDefault("root", ".")).toAbsolutePath().normalize();
    Seed s =
        new Seed(
            a.getOrDefault("server", "jdbc:postgresql://127.0.0.1:5432/"),
            a.getOrDefault("user", "postgres"),
            a.getOrDefault("password", ""));
    s.run(
        members,
        seed,
        anchor,
        Integer.parseInt(a.getOrDefault("courses", "10000")),
        Integer.parseInt(a.getOrDefault("discussions", "5000")),
        profileDb,
        activityDb,
        recommendationDb,
        root);
    if (a.containsKey("report")) {
      s.writeReport(Path.of(a.get("report")));
    }
  }

  private void run(
      int members,
      long seed,
      Instant anchor,
      int courses,
      int discussions,
      String profileDb,
      String activityDb,
      String recommendationDb,
      Path root)
      throws Exception {
    long started = System.nanoTime();
    report.put("members", String.valueOf(members));
    report.put("seed", String.valueOf(seed));
    report.put("anchor", anchor.toString());

    long t = System.nanoTime();
    for (String db : List.of(profileDb, activityDb, recommendationDb)) {
      recreate(db);
    }
    migrate(profileDb, root.resolve("profile-service/src/main/resources/db/migration"));
    migrate(activityDb, root.resolve("activity-service/src/main/resources/db/migration"));
    migrate(
        recommendationDb, root.resolve("recommendation-service/src/main/resources/db/migration"));
    phase("databases and migrations", t);

    t = System.nanoTime();
    DataSet data = new DataSet(members, seed, anchor, courses, discussions);
    // One hash for every account (a bcrypt hash carries its salt), salted from the seed so the
    // rows repeat exactly; cost 10 as profile-service's AccountService uses.
    byte[] salt = Arrays.copyOf(("rapport" + seed).getBytes(StandardCharsets.UTF_8), 16);
    String hash = BcryptUtil.bcryptHash(PASSWORD, 10, salt);
    phase("population drawn", t);
    report.put("connections", String.valueOf(data.connectionCount));
    report.put("activities", String.valueOf(data.totalActivities()));
    report.put("courses", String.valueOf(courses));
    report.put("discussions", String.valueOf(discussions));
    report.put("top hub connections", String.valueOf(data.degree(data.hubs(1).get(0))));
    report.put(
        "top logger activities", String.valueOf(data.activityCounts[data.heavyLoggers(1).get(0)]));
    System.out.printf(
        "[seed] %d members, %d connections, %d activities; the biggest hub has %s accepted"
            + " connections, the heaviest logger %s activities%n",
        members,
        data.connectionCount,
        data.totalActivities(),
        report.get("top hub connections"),
        report.get("top logger activities"));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<?> profile =
        pool.submit(
            () -> {
              loadProfile(data, hash, profileDb);
              return null;
            });
    Future<?> activity =
        pool.submit(
            () -> {
              loadActivity(data, activityDb);
              loadCatalog(data, recommendationDb);
              return null;
            });
    profile.get();
    activity.get();
    pool.shutdown();

    t = System.nanoTime();
    for (String db : List.of(profileDb, activityDb, recommendationDb)) {
      try (Connection c = connect(db);
          Statement st = c.createStatement()) {
        c.setAutoCommit(true);
        st.execute("VACUUM ANALYZE");
      }
    }
    phase("vacuum analyze", t);
    phase("seed total", started);
    try (Connection c = connect(profileDb);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FILTER (WHERE status = 'ACCEPTED') FROM connection")) {
      rs.next();
      report.put("accepted connections", String.valueOf(rs.getLong(1)));
    }
  }

  private void loadProfile(DataSet data, String hash, String db) throws Exception {
    ProfileSeed profile = new ProfileSeed(data, hash);
    try (Connection c = bulk(db)) {
      List<String> indexes =
          dropIndexes(
              c, List.of("member", "account", "positioning", "connection", "member_change"));
      long t = System.nanoTime();
      profile.writeMembers(c);
      c.commit();
      phase("profile: members and accounts", t);
      t = System.nanoTime();
      profile.writePositionings(c);
      c.commit();
      phase("profile: positionings (derived by the service's trigger)", t);
      t = System.nanoTime();
      profile.writeConnections(c);
      c.commit();
      phase("profile: connections", t);
      t = System.nanoTime();
      profile.writeChanges(c);
      c.commit();
      phase("profile: member-changes feed", t);
      t = System.nanoTime();
      rebuild(c, indexes);
      phase("profile: indexes rebuilt", t);
    }
  }

  private void loadActivity(DataSet data, String db) throws Exception {
    ActivitySeed activity = new ActivitySeed(data);
    try (Connection c = bulk(db);
        Connection feed = bulk(db)) {
      List<String> indexes =
          dropIndexes(c, List.of("activity", "activity_change", "relationship_cadence"));
      long t = System.nanoTime();
      activity.write(c, feed);
      c.commit();
      feed.commit();
      activity.writeCadences(c);
      c.commit();
      phase("activity: activities, activity-changes feed and cadences", t);
      t = System.nanoTime();
      rebuild(c, indexes);
      phase("activity: indexes rebuilt", t);
      // activity-service keeps per-pair relationship state and weekly rollups on write; rows copied
      // in bypass that, so derive both with the service's own rebuild functions (the same SQL its
      // property test holds the maintained state against).
      t = System.nanoTime();
      try (Statement st = c.createStatement()) {
        st.execute("SELECT rebuild_relationship_pairs()");
        st.execute("SELECT rebuild_member_weeks()");
      }
      c.commit();
      phase("activity: relationship pairs and weekly rollups rebuilt", t);
    }
  }

  private void loadCatalog(DataSet data, String db) throws Exception {
    try (Connection c = bulk(db)) {
      List<String> indexes = dropIndexes(c, List.of("course", "discussion"));
      long t = System.nanoTime();
      new CatalogSeed(data).write(c);
      c.commit();
      rebuild(c, indexes);
      phase("recommendation: catalog", t);
    }
  }

  /**
   * Drops the secondary indexes of the tables (not those behind constraints); returns their DDL.
   */
  private static List<String> dropIndexes(Connection c, List<String> tables) throws SQLException {
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

  private static void rebuild(Connection c, List<String> ddl) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String statement : ddl) {
        st.execute(statement);
      }
    }
    c.commit();
  }

  private void recreate(String db) throws SQLException {
    try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + db);
    }
  }

  private void migrate(String db, Path migrations) {
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
  private Connection bulk(String db) throws SQLException {
    Connection c = connect(db);
    try (Statement st = c.createStatement()) {
      st.execute("SET synchronous_commit = off");
      st.execute("SET maintenance_work_mem = '512MB'");
    }
    c.setAutoCommit(false);
    return c;
  }

  private Connection connect(String db) throws SQLException {
    return DriverManager.getConnection(server + db, user, password);
  }

  private synchronized void phase(String name, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    report.put("time: " + name, String.format("%.1f s", seconds));
    System.out.printf("[seed] %-60s %8.1f s%n", name, seconds);
  }

  private void writeReport(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder b = new StringBuilder();
    report.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
    Files.writeString(file, b.toString());
  }
}
