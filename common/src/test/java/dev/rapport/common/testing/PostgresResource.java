package dev.rapport.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for a test run, taken in order from: the server named by PGHOST/PGPORT/PGUSER/
 * PGPASSWORD (default 127.0.0.1:5432, postgres) when one answers; Testcontainers where a Docker
 * engine answers; an embedded PostgreSQL otherwise. Each run gets a fresh database, dropped in
 * {@link #stop()}, so runs never see each other's rows.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private static final Logger LOG = Logger.getLogger(PostgresResource.class);

  private String adminUrl;
  private String user;
  private String password;
  private String database;
  private PostgreSQLContainer container;
  private EmbeddedPostgres embedded;

  @Override
  public Map<String, String> start() {
    String host = env("PGHOST", "127.0.0.1");
    if (host.startsWith("/")) {
      host = "127.0.0.1";
    }
    String port = env("PGPORT", "5432");
    user = env("PGUSER", "postgres");
    password = env("PGPASSWORD", "");
    String serverUrl = "jdbc:postgresql://" + host + ":" + port + "/";
    if (answers(serverUrl + "postgres")) {
      LOG.infof("Tests use the PostgreSQL server at %s:%s", host, port);
      adminUrl = serverUrl + "postgres";
    } else if (dockerAvailable()) {
      LOG.info("No PostgreSQL server answers; tests use Testcontainers");
      container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
      user = container.getUsername();
      password = container.getPassword();
      serverUrl =
          "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/";
      adminUrl = container.getJdbcUrl();
    } else {
      LOG.info("No PostgreSQL server nor Docker engine answers; tests use an embedded PostgreSQL");
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (Exception e) {
        throw new IllegalStateException("Could not start an embedded PostgreSQL", e);
      }
      user = "postgres";
      password = "";
      serverUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
      adminUrl = serverUrl + "postgres";
    }
    database = "rapport_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE DATABASE " + database);
    return Map.of(
        "quarkus.datasource.jdbc.url", serverUrl + database,
        "quarkus.datasource.username", user,
        "quarkus.datasource.password", password);
  }

  @Override
  public void stop() {
    try {
      if (database != null) {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      }
    } finally {
      if (container != null) {
        container.stop();
      }
      if (embedded != null) {
        try {
          embedded.close();
        } catch (Exception e) {
          LOG.warn("Embedded PostgreSQL did not close cleanly", e);
        }
      }
    }
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl, properties(user, password));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + sql, e);
    }
  }

  private boolean answers(String url) {
    Properties props = properties(user, password);
    props.setProperty("connectTimeout", "2");
    try (Connection ignored = DriverManager.getConnection(url, props)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }

  private static Properties properties(String user, String password) {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      props.setProperty("password", password);
    }
    return props;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
