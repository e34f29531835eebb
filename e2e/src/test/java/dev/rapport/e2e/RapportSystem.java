package dev.rapport.e2e;

import static org.awaitility.Awaitility.await;

import dev.rapport.common.testing.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.logging.Logger;

/**
 * The whole system as a user meets it: the three packaged services, each a separate process on a
 * free port with its own fresh database on one PostgreSQL, started once for all end-to-end tests.
 */
public final class RapportSystem implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RapportSystem.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final Path root = Path.of(System.getProperty("rapport.root", "..")).toAbsolutePath();
  private final Path work =
      Path.of(System.getProperty("rapport.e2e.work", "target/e2e")).toAbsolutePath();
  private final TestPostgres postgres = TestPostgres.acquire();
  private final List<String> databases = new ArrayList<>();
  private final List<Process> processes = new ArrayList<>();
  private final Map<String, String> urls = new HashMap<>();

  RapportSystem() {
    try {
      Files.createDirectories(work);
      int profilePort = freePort();
      int activityPort = freePort();
      int recommendationPort = freePort();
      String profileUrl = "http://localhost:" + profilePort;
      String activityUrl = "http://localhost:" + activityPort;
      Map<String, String> common =
          Map.of(
              "PROFILE_SERVICE_URL",
              profileUrl,
              "ACTIVITY_SERVICE_URL",
              activityUrl,
              "RECOMMENDATION_SERVICE_URL",
              "http://localhost:" + recommendationPort,
              "RAPPORT_JWT_PRIVATE_KEY_LOCATION",
              work.resolve("dev-jwt-key.pem").toString(),
              // recommendation-service follows the change feeds every 5 s in dev; the walk waits
              // for it, so follow them every second here.
              "RAPPORT_FEEDS_EVERY",
              "1s");
      start("profile-service", profilePort, common);
      awaitReady("profile-service");
      start("activity-service", activityPort, common);
      start("recommendation-service", recommendationPort, common);
      awaitReady("activity-service");
      awaitReady("recommendation-service");
    } catch (RuntimeException | IOException e) {
      close();
      throw new IllegalStateException("The system did not start: " + e.getMessage(), e);
    }
  }

  public String profileUrl() {
    return urls.get("profile-service");
  }

  public String activityUrl() {
    return urls.get("activity-service");
  }

  public String recommendationUrl() {
    return urls.get("recommendation-service");
  }

  private void start(String service, int port, Map<String, String> common) throws IOException {
    Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: run the end-to-end tests through ./mvnw verify, which packages the"
              + " services first");
    }
    String database = postgres.createDatabase("rapport_e2e_" + service.replace("-service", ""));
    databases.add(database);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve(service + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.putAll(common);
    env.put("QUARKUS_PROFILE", "dev");
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", database);
    env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
    env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
    processes.add(builder.start());
    urls.put(service, "http://localhost:" + port);
    LOG.infof("Started %s on port %d (log: %s)", service, port, work.resolve(service + ".log"));
  }

  private void awaitReady(String service) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create(urls.get(service) + "/q/health/ready");
    try {
      await(service + " to be ready")
          .atMost(READY_TIMEOUT)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(250))
          .until(() -> isReady(http, ready));
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException(
          service
              + " was not ready within "
              + READY_TIMEOUT
              + "; see "
              + work.resolve(service + ".log"),
          e);
    }
  }

  private static boolean isReady(HttpClient http, URI ready) throws InterruptedException {
    try {
      return http.send(
                  HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false; // not listening yet
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (Process process : processes) {
      process.destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
    for (String database : databases) {
      try {
        postgres.dropDatabase(database);
      } catch (RuntimeException e) {
        LOG.warnf("Could not drop %s: %s", database, e.getMessage());
      }
    }
    postgres.close();
  }
}
