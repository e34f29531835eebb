package dev.rapport.common.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.jboss.logging.Logger;

/**
 * The databases of a local run ({@code run.sh}), with nothing but a JDK:
 *
 * <pre>
 * DevDatabases server   HOST PORT USER PASSWORD DB...  creates the missing databases, then exits
 * DevDatabases embedded PORT DATA_DIR DB...            starts an embedded PostgreSQL keeping its data
 *                                                      in DATA_DIR, creates the missing databases,
 *                                                      and runs until stopped
 * </pre>
 */
public final class DevDatabases {

  private static final Logger LOG = Logger.getLogger(DevDatabases.class);

  private DevDatabases() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 5 && args[0].equals("server")) {
      createMissing(
          "jdbc:postgresql://" + args[1] + ":" + args[2] + "/postgres",
          args[3],
          args[4],
          Arrays.asList(args).subList(5, args.length));
    } else if (args.length >= 3 && args[0].equals("embedded")) {
      embedded(
          Integer.parseInt(args[1]), Path.of(args[2]), Arrays.asList(args).subList(3, args.length));
    } else {
      throw new IllegalArgumentException(
          "usage: DevDatabases server HOST PORT USER PASSWORD DB... | embedded PORT DATA_DIR DB...");
    }
  }

  private static void embedded(int port, Path dataDir, List<String> databases) throws Exception {
    Files.createDirectories(dataDir.toAbsolutePath());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDir.toAbsolutePath())
            .setCleanDataDirectory(false)
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (Exception e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                  } finally {
                    stopped.countDown();
                  }
                }));
    createMissing("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "", databases);
    LOG.infof("Embedded PostgreSQL ready on port %d, data in %s", port, dataDir.toAbsolutePath());
    stopped.await();
  }

  private static void createMissing(
      String url, String user, String password, List<String> databases) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (!password.isEmpty()) {
      props.setProperty("password", password);
    }
    try (Connection connection = DriverManager.getConnection(url, props)) {
      for (String database : databases) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
          throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
          exists.setString(1, database);
          try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
              continue;
            }
          }
        }
        try (Statement create = connection.createStatement()) {
          create.execute("CREATE DATABASE " + database);
          LOG.infof("Created database %s", database);
        }
      }
    }
  }
}
