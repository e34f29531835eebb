package dev.rapport.e2e;

import java.time.Duration;

/**
 * Waits for something the system does in the background (a service following another's change feed)
 * by retrying an assertion until it holds or a bounded time has passed.
 */
final class Polling {

  private static final Duration INTERVAL = Duration.ofMillis(250);

  private Polling() {}

  /**
   * Runs {@code assertion} until it passes; after {@code timeout} fails with what was awaited and
   * the last failure.
   */
  static void eventually(Duration timeout, String awaited, Runnable assertion) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() >= deadline) {
          throw new AssertionError(
              "Waited " + timeout.toSeconds() + " s for " + awaited + ": " + e.getMessage(), e);
        }
      }
      try {
        Thread.sleep(INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + awaited, e);
      }
    }
  }
}
