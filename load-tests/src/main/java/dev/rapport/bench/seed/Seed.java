package dev.rapport.bench.seed;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

  private final SeedReport report = new SeedReport();
  private final Databases databases;

  private Seed(Databases databases) {
    this.databases = databases;
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
            new Databases(
                a.getOrDefault("server", "jdbc:postgresql://127.0.0.1:5432/"),
                a.getOrDefault("user", "postgres"),
                a.getOrDefault("password", "")));
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
      s.report.write(Path.of(a.get("report")));
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
      databases.recreate(db);
    }
    databases.migrate(profileDb, root.resolve("profile-service/src/main/resources/db/migration"));
    databases.migrate(activityDb, root.resolve("activity-service/src/main/resources/db/migration"));
    databases.migrate(
        recommendationDb, root.resolve("recommendation-service/src/main/resources/db/migration"));
    report.phase("databases and migrations", t);

    t = System.nanoTime();
    DataSet data = new DataSet(members, seed, anchor, courses, discussions);
    // One hash for every account (a bcrypt hash carries its salt), salted from the seed so the
    // rows repeat exactly; cost 10 as profile-service's AccountService uses.
    byte[] salt = Arrays.copyOf(("rapport" + seed).getBytes(StandardCharsets.UTF_8), 16);
    String hash = BcryptUtil.bcryptHash(PASSWORD, 10, salt);
    report.phase("population drawn", t);
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
      try (Connection c = databases.connect(db);
          Statement st = c.createStatement()) {
        c.setAutoCommit(true);
        st.execute("VACUUM ANALYZE");
      }
    }
    report.phase("vacuum analyze", t);
    report.phase("seed total", started);
    try (Connection c = databases.connect(profileDb);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FILTER (WHERE status = 'ACCEPTED') FROM connection")) {
      rs.next();
      report.put("accepted connections", String.valueOf(rs.getLong(1)));
    }
  }

  private void loadProfile(DataSet data, String hash, String db) throws Exception {
    ProfileSeed profile = new ProfileSeed(data, hash);
    try (Connection c = databases.bulk(db)) {
      List<String> indexes =
          Databases.dropIndexes(
              c, List.of("member", "account", "positioning", "connection", "member_change"));
      committed(c, "profile: members and accounts", () -> profile.writeMembers(c));
      committed(
          c,
          "profile: positionings (derived by the service's trigger)",
          () -> profile.writePositionings(c));
      committed(c, "profile: connections", () -> profile.writeConnections(c));
      committed(c, "profile: member-changes feed", () -> profile.writeChanges(c));
      timed("profile: indexes rebuilt", () -> Databases.rebuild(c, indexes));
    }
  }

  private void loadActivity(DataSet data, String db) throws Exception {
    ActivitySeed activity = new ActivitySeed(data);
    try (Connection c = databases.bulk(db);
        Connection feed = databases.bulk(db)) {
      List<String> indexes =
          Databases.dropIndexes(c, List.of("activity", "activity_change", "relationship_cadence"));
      committed(
          c,
          "activity: activities, activity-changes feed and cadences",
          () -> {
            activity.write(c, feed);
            c.commit();
            feed.commit();
            activity.writeCadences(c);
          });
      timed("activity: indexes rebuilt", () -> Databases.rebuild(c, indexes));
      // activity-service keeps per-pair relationship state and weekly rollups on write; rows copied
      // in bypass that, so derive both with the service's own rebuild functions (the same SQL its
      // property test holds the maintained state against).
      committed(
          c,
          "activity: relationship pairs and weekly rollups rebuilt",
          () -> {
            try (Statement st = c.createStatement()) {
              st.execute("SELECT rebuild_relationship_pairs()");
              st.execute("SELECT rebuild_member_weeks()");
            }
          });
    }
  }

  private void loadCatalog(DataSet data, String db) throws Exception {
    try (Connection c = databases.bulk(db)) {
      List<String> indexes = Databases.dropIndexes(c, List.of("course", "discussion"));
      timed(
          "recommendation: catalog",
          () -> {
            new CatalogSeed(data).write(c);
            c.commit();
            Databases.rebuild(c, indexes);
          });
    }
  }

  /** One step of a load. */
  private interface Step {
    void run() throws Exception;
  }

  /** Runs the step and reports its time as the phase's. */
  private void timed(String phase, Step step) throws Exception {
    long t = System.nanoTime();
    step.run();
    report.phase(phase, t);
  }

  /** Runs the step, commits, and reports the time of both as the phase's. */
  private void committed(Connection c, String phase, Step step) throws Exception {
    timed(
        phase,
        () -> {
          step.run();
          c.commit();
        });
  }
}
