package dev.rapport.common.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests, taken in order from: the server named by PGHOST/PGPORT/
 * PGUSER/PGPASSWORD (default 127.0.0.1:5432, postgres) when one answers; Testcontainers where a
 * Docker engine answers; an embedded PostgreSQL otherwise. Tests create uniquely named databases on
 * it and drop them afterwards.
 */
public final class TestPostgres implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(TestPostgres.class);

  private final String serverUrl;
  private final String user;
  private final String password;
  private final AutoCloseable owned;

  private TestPostgres(String serverUrl, String user, String password, AutoCloseable owned) {
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
    this.owned = owned;
  }

  /** Finds or starts a server; close it to stop what was started. */
  public static TestPostgres acquire() {
    String host = env("PGHOST", "127.0.0.1");
    if (host.startsWith("/")) {
      host = "127.0.0.1";
    }
    String port = env("PGPORT", "5432");
    String user = env("PGUSER", "postgres");
    String password = env("PGPASSWORD", "");
    String serverUrl = "jdbc:postgresql://" + host + ":" + port + "/";
    if (answers(serverUrl + "postgres", user, password)) {
      LOG.infof("Tests use the PostgreSQL server at %s:%s", host, port);
      return new TestPostgres(serverUrl, user, password, null);
    }
    if (dockerAvailable()) {
      LOG.info("No PostgreSQL server answers; tests use Testcontainers");
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
      return new TestPostgres(
          "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/",
          container.getUsername(),
          container.getPassword(),
          container::stop);
    }
    LOG.info("No PostgreSQL server nor Docker engine answers; tests use an embedded PostgreSQL");
    try {
      EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
      return new TestPostgres(
          "jdbc:postgresql://localhost:" + embedded.getPort() + "/", "postgres", "", embedded);
    } catch (Exception e) {
      throw new IllegalStateException("Could not start an embedded PostgreSQL", e);
    }
  }

  /** Creates a fresh database named after the prefix and returns its JDBC URL. */
  public String createDatabase(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name);
    return serverUrl + name;
  }

  public void dropDatabase(String jdbcUrl) {
    String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        LOG.warn("The test PostgreSQL did not stop cleanly", e);
      }
    }
  }

  private void execute(String sql) {
    try (Connection connection =
            DriverManager.getConnection(serverUrl + "postgres", properties(user, password));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + sql, e);
    }
  }

  private static boolean answers(String url, String user, String password) {
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
