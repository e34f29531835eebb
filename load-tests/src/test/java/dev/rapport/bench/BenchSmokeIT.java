package dev.rapport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness, end to end, so it cannot rot: {@code scripts/bench.sh smoke} seeds 1 000
 * members into databases of its own, lets recommendation-service follow the feeds, starts the
 * packaged services and the baseline on free ports exactly as {@code bench.sh run} does, and runs
 * every scenario for a few seconds at a low rate. Any failed request fails it, naming the scenario.
 * It asserts no speed: figures belong in docs/benchmarks.md, measured on purpose.
 */
class BenchSmokeIT {

  private static final Path ROOT =
      Path.of(System.getProperty("rapport.root", "..")).toAbsolutePath().normalize();
  private static final String HOST = env("PGHOST", "127.0.0.1");
  private static final String PORT = env("PGPORT", "5432");
  private static final String USER = env("PGUSER", "postgres");
  private static final String PASSWORD = env("PGPASSWORD", "");
  private static final String PREFIX =
      "bench_smoke_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";

  @BeforeAll
  static void needsPostgres() {
    boolean answers;
    try (Connection c = server()) {
      answers = c.isValid(2);
    } catch (SQLException e) {
      answers = false;
    }
    assumeTrue(
        answers,
        "No PostgreSQL server at "
            + HOST
            + ":"
            + PORT
            + ": the benchmark harness needs one (scripts/bench.sh uses PGHOST/PGPORT); skipped");
  }

  @AfterAll
  static void dropDatabases() throws SQLException {
    try (Connection c = server();
        Statement st = c.createStatement()) {
      for (String db : List.of("profile", "activity", "recommendation")) {
        st.execute("DROP DATABASE IF EXISTS " + PREFIX + db + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      // no server: nothing was created
    }
  }

  @Test
  void everyScenarioRunsWithoutAFailedRequest() throws Exception {
    Path work = Path.of("target/bench-smoke").toAbsolutePath();
    Files.createDirectories(work);
    Path log = work.resolve("bench-smoke.log");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "scripts/bench.sh", "smoke")
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("BENCH_DB_PREFIX", PREFIX);
    env.put("BENCH_DIR", work.toString());
    env.put("BENCH_CLASSPATH", System.getProperty("java.class.path"));
    env.put("BENCH_NO_BUILD", "true");
    env.put("BENCH_IDLE_SECONDS", "1");
    env.put("PROFILE_PORT", String.valueOf(freePort()));
    env.put("ACTIVITY_PORT", String.valueOf(freePort()));
    env.put("RECOMMENDATION_PORT", String.valueOf(freePort()));
    env.put("BASELINE_PORT", String.valueOf(freePort()));
    Process smoke = builder.start();
    boolean ended = smoke.waitFor(12, TimeUnit.MINUTES);
    if (!ended) {
      smoke.destroy();
      smoke.waitFor(30, TimeUnit.SECONDS);
    }
    String output = Files.readString(log);
    assertTrue(ended, "bench.sh smoke did not end within 12 minutes:\n" + tail(output));
    assertEquals(0, smoke.exitValue(), "bench.sh smoke failed:\n" + tail(output));
    assertTrue(
        output.contains("read model: ") && output.contains("Scenario mixed"),
        "bench.sh smoke skipped a step:\n" + tail(output));
  }

  private static String tail(String text) {
    String[] lines = text.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
  }

  private static Connection server() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
