package dev.rapport.common.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts an embedded PostgreSQL for {@code run.sh} on a machine with no server: {@code
 * EmbeddedPostgresMain <port> <data-dir>}. The data directory is kept, so a second start keeps the
 * first one's data. Runs until the process is stopped.
 */
public final class EmbeddedPostgresMain {

  private EmbeddedPostgresMain() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (Exception ignored) {
                    // the process is ending either way
                  } finally {
                    stopped.countDown();
                  }
                }));
    org.jboss.logging.Logger.getLogger(EmbeddedPostgresMain.class)
        .infof("Embedded PostgreSQL ready on port %d, data in %s", port, dataDir);
    stopped.await();
  }
}
