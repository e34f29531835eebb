package dev.rapport.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A request holds one pooled connection at a time. One that kept a connection (an unclosed result
 * stream outside a transaction keeps it to the end of the request) and then opened a transaction
 * (which takes another) stalls a small pool under concurrent calls: every connection held by a
 * request waiting for a second, each answering 503 after the acquisition timeout. With two
 * connections (Flyway needs two at start) and sixteen callers at once, such requests fail within
 * the first round: profile-service's member read did, until it read in one statement as a list.
 */
public final class SmallPool {

  /** Callers at once. */
  public static final int CALLERS = 16;

  private SmallPool() {}

  /** A pool of two connections, and a short wait for them. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.datasource.jdbc.max-size", "2",
          "quarkus.datasource.jdbc.min-size", "0",
          "quarkus.datasource.jdbc.acquisition-timeout", "1S");
    }
  }

  /** Runs {@code calls} at once, {@link #CALLERS} at a time; each must answer {@code status}. */
  public static void allAnswer(int status, String what, List<Callable<Integer>> calls)
      throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        answers.add(callers.submit(call));
      }
      for (Future<Integer> answer : answers) {
        assertEquals(status, answer.get(60, TimeUnit.SECONDS), what);
      }
    } finally {
      callers.shutdownNow();
    }
  }
}
