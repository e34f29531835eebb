package dev.rapport.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bench.seed.Args;
import dev.rapport.bench.seed.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench.sh load} signs callers in before the load: the ten biggest hubs, the ten heaviest
 * loggers and a random sample of the rest of the population, each through {@code POST
 * /api/v1/auth/token} with the seeded password. Writes one CSV row per caller for the Gatling
 * feeder: their id and token, one of their accepted connections, a stranger, any other member (for
 * anonymous reads), an interest and a skill of another member to search for, and the course of
 * their latest learning activity.
 */
public final class Callers {

  private Callers() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = Args.parse(args);
    String server = a.getOrDefault("server", "jdbc:postgresql://127.0.0.1:5432/");
    String user = a.getOrDefault("user", "postgres");
    String password = a.getOrDefault("password", "");
    String profileUrl = a.getOrDefault("profile-url", "http://localhost:8081");
    int count = Integer.parseInt(a.getOrDefault("count", "300"));
    Path out = Path.of(a.getOrDefault("out", "load-tests/target/bench/callers.csv"));
    SplittableRandom random = new SplittableRandom(Long.parseLong(a.getOrDefault("seed", "7")));

    try (Connection profile =
            DriverManager.getConnection(
                server + a.getOrDefault("profile-db", "bench_profile"), user, password);
        Connection activity =
            DriverManager.getConnection(
                server + a.getOrDefault("activity-db", "bench_activity"), user, password)) {
      Set<UUID> chosen = new LinkedHashSet<>();
      chosen.addAll(
          ids(
              profile,
              "SELECT m FROM (SELECT requester_id AS m FROM connection WHERE status = 'ACCEPTED'"
                  + " UNION ALL SELECT addressee_id FROM connection WHERE status = 'ACCEPTED') c"
                  + " GROUP BY m ORDER BY count(*) DESC LIMIT 10"));
      chosen.addAll(
          ids(
              activity,
              "SELECT member_id FROM activity GROUP BY member_id ORDER BY count(*) DESC LIMIT 10"));
      List<UUID> everyone =
          ids(
              profile,
              "SELECT id FROM account WHERE email LIKE 'member-%@"
                  + dev.rapport.bench.seed.ProfileSeed.EMAIL_DOMAIN
                  + "' ORDER BY id");
      if (everyone.isEmpty()) {
        throw new IllegalStateException("No seeded members: run scripts/bench.sh seed first");
      }
      while (chosen.size() < Math.min(count, everyone.size())) {
        chosen.add(everyone.get(random.nextInt(everyone.size())));
      }

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      ObjectMapper json = new ObjectMapper();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<String>> tokens = new ArrayList<>();
      for (UUID id : chosen) {
        String email = one(profile, "SELECT email FROM account WHERE id = ?", id);
        tokens.add(pool.submit(() -> signIn(http, json, profileUrl, email)));
      }
      List<String> rows = new ArrayList<>();
      rows.add("member,token,connection,stranger,other,interest,skill,course");
      String anyCourse =
          one(activity, "SELECT catalog_id FROM activity WHERE type = 'LEARNING' LIMIT 1");
      int i = 0;
      for (UUID id : chosen) {
        String token = tokens.get(i++).get();
        UUID connection = connectionOf(profile, id);
        UUID stranger = strangerTo(profile, id, everyone, random);
        UUID other = everyone.get(random.nextInt(everyone.size()));
        UUID source = everyone.get(random.nextInt(everyone.size()));
        String interest =
            one(profile, "SELECT interests->>0 FROM positioning WHERE member_id = ?", source);
        String skill =
            one(profile, "SELECT skills->0->>'name' FROM positioning WHERE member_id = ?", source);
        // the course of the caller's latest learning activity: "who could take it with me"
        String course =
            one(
                activity,
                "SELECT catalog_id FROM activity WHERE member_id = ? AND type = 'LEARNING'"
                    + " ORDER BY occurred_at DESC LIMIT 1",
                id);
        rows.add(
            String.join(
                ",",
                id.toString(),
                token,
                (connection == null ? stranger : connection).toString(),
                stranger.toString(),
                other.toString(),
                csv(interest == null ? "data engineering" : interest),
                csv(skill == null ? "SQL" : skill),
                course != null ? course : anyCourse));
      }
      pool.shutdown();
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.write(out, rows);
      System.out.printf("[load] %d callers signed in, written to %s%n", chosen.size(), out);
    }
  }

  private static String signIn(HttpClient http, ObjectMapper json, String url, String email)
      throws Exception {
    String body = json.writeValueAsString(Map.of("email", email, "password", Seed.PASSWORD));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          email + " could not sign in: " + response.statusCode() + " " + response.body());
    }
    return json.readTree(response.body()).get("accessToken").asText();
  }

  private static UUID connectionOf(Connection db, UUID id) throws SQLException {
    String other =
        one(
            db,
            "SELECT CASE WHEN requester_id = ?::uuid THEN addressee_id ELSE requester_id END"
                + " FROM connection WHERE (requester_id = ?::uuid OR addressee_id = ?::uuid)"
                + " AND status = 'ACCEPTED' ORDER BY id LIMIT 1",
            id,
            id,
            id);
    return other == null ? null : UUID.fromString(other);
  }

  private static UUID strangerTo(
      Connection db, UUID id, List<UUID> everyone, SplittableRandom random) throws SQLException {
    for (int tries = 0; ; tries++) {
      UUID candidate = everyone.get(random.nextInt(everyone.size()));
      if (candidate.equals(id) && tries < 100) {
        continue;
      }
      String connected =
          one(
              db,
              "SELECT 1 FROM connection WHERE least(requester_id, addressee_id) = least(?::uuid,"
                  + " ?::uuid) AND greatest(requester_id, addressee_id) = greatest(?::uuid,"
                  + " ?::uuid)",
              id,
              candidate,
              id,
              candidate);
      if (connected == null || tries >= 100) {
        return candidate;
      }
    }
  }

  private static List<UUID> ids(Connection db, String sql) throws SQLException {
    List<UUID> out = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getObject(1, UUID.class));
      }
    }
    return out;
  }

  private static String one(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static String csv(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
