package dev.rapport.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bench.seed.Args;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * Waits until recommendation-service's read model has followed both change feeds to their end, as
 * its readiness check reports them ({@code member-changes.applied}, {@code .state}, and the same
 * for activity-changes), and activity-service's copy of the members and connections has followed
 * member-changes too (its {@code feed_position}), printing progress and the intake rate. Without
 * the second wait, the first minutes of a load run measured activity-service still applying the
 * seeded connections. Exits 0 when caught up, 3 when the timeout passes first (the rate and what is
 * left are printed and written to {@code --report}).
 */
public final class CatchUp {

  private CatchUp() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = Args.parse(args);
    String server = a.getOrDefault("server", "jdbc:postgresql://127.0.0.1:5432/");
    String user = a.getOrDefault("user", "postgres");
    String password = a.getOrDefault("password", "");
    String url = a.getOrDefault("recommendation-url", "http://localhost:8083");
    Duration timeout = Duration.ofMinutes(Long.parseLong(a.getOrDefault("timeout-minutes", "60")));
    long memberChanges =
        count(
            server + a.getOrDefault("profile-db", "bench_profile"),
            user,
            password,
            "member_change");
    long activityChanges =
        count(
            server + a.getOrDefault("activity-db", "bench_activity"),
            user,
            password,
            "activity_change");
    String activityDb = server + a.getOrDefault("activity-db", "bench_activity");
    long total = memberChanges + activityChanges;
    System.out.printf(
        "[seed] recommendation-service follows %d member changes and %d activity changes%n",
        memberChanges, activityChanges);

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();
    long started = System.nanoTime();
    long lastPrint = 0;
    long applied = 0;
    boolean caughtUp = false;
    while (System.nanoTime() - started < timeout.toNanos()) {
      JsonNode data = readModel(http, json, url);
      if (data != null) {
        long m = data.path("member-changes.applied").asLong();
        long act = data.path("activity-changes.applied").asLong();
        applied = m + act;
        long copied = copied(activityDb, user, password);
        caughtUp =
            m >= memberChanges
                && act >= activityChanges
                && "CAUGHT_UP".equals(data.path("member-changes.state").asText())
                && "CAUGHT_UP".equals(data.path("activity-changes.state").asText())
                && copied >= memberChanges;
        long elapsed = (System.nanoTime() - started) / 1_000_000_000L;
        if (caughtUp || elapsed - lastPrint >= 30) {
          lastPrint = elapsed;
          analyze(activityDb, user, password);
          analyze(
              server + a.getOrDefault("recommendation-db", "bench_recommendation"), user, password);
          System.out.printf(
              "[seed] read model: %d/%d member changes, %d/%d activity changes after %d s (%.0f"
                  + " changes/s); activity-service's member copy: %d/%d%n",
              m,
              memberChanges,
              act,
              activityChanges,
              elapsed,
              applied / Math.max(1.0, elapsed),
              copied,
              memberChanges);
        }
        if (caughtUp) {
          break;
        }
      }
      Thread.sleep(1000);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String line =
        String.format(
            "read model caught up\t%s\nread model changes applied\t%d of %d\nread model time\t%.0f"
                + " s\nread model rate\t%.0f changes/s\n",
            caughtUp ? "yes" : "no (timeout)", applied, total, seconds, applied / seconds);
    System.out.print(line.replace('\t', ' ').replaceAll("(?m)^", "[seed] "));
    if (a.containsKey("report")) {
      Files.writeString(
          Path.of(a.get("report")),
          line,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
    System.exit(caughtUp ? 0 : 3);
  }

  private static JsonNode readModel(HttpClient http, ObjectMapper json, String url) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      for (JsonNode check : json.readTree(r.body()).path("checks")) {
        if (check.path("name").asText().equals("Read model feeds")) {
          return check.path("data");
        }
      }
    } catch (Exception e) {
      // not answering yet
    }
    return null;
  }

  /**
   * ANALYZE, as autovacuum would (it is off on some machines, these included): the tables the
   * services fill while they follow the feeds would otherwise keep the statistics of their empty
   * state, and the followers' cached generic plans would scan them whole. Seen: activity-service's
   * member copy deleting by connection id with a sequential scan of 600 000 rows, 240 changes/s;
   * after an ANALYZE, 3 500 changes/s.
   */
  private static void analyze(String url, String user, String password) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement()) {
      st.execute("ANALYZE");
    } catch (Exception e) {
      // not migrated yet: the next tick analyzes
    }
  }

  /** Member changes activity-service has applied to its copy, once it says it has caught up. */
  private static long copied(String url, String user, String password) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT applied FROM feed_position WHERE feed = 'member-changes' AND caught_up")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (Exception e) {
      return 0; // not migrated or not following yet
    }
  }

  private static long count(String url, String user, String password, String table)
      throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
