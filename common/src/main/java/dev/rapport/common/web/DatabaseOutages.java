package dev.rapport.common.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises, anywhere in a failure's causes, that the service's own PostgreSQL could not serve the
 * request: unreachable, shutting down or starting, out of connections, or every pooled connection
 * busy past the acquisition timeout. Such a request is answered 503 with {@code Retry-After}, not
 * 500: nothing is wrong with it, and the service resumes by itself when the database answers again.
 */
public final class DatabaseOutages {

  /** Why the database could not serve the request, and when to retry. */
  public enum Outage {
    UNREACHABLE(
        "5",
        "The service's database cannot be reached right now; nothing was changed. Retry in a few"
            + " seconds."),
    BUSY(
        "1",
        "Every database connection of the service is busy; nothing was changed. Retry shortly.");

    private final String retryAfterSeconds;
    private final String detail;

    Outage(String retryAfterSeconds, String detail) {
      this.retryAfterSeconds = retryAfterSeconds;
      this.detail = detail;
    }

    public String retryAfterSeconds() {
      return retryAfterSeconds;
    }

    public String detail() {
      return detail;
    }
  }

  private DatabaseOutages() {}

  /** The outage behind this failure, if it is one. */
  public static Optional<Outage> of(Throwable failure) {
    boolean timedOut = false;
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLException sql && unavailable(sql.getSQLState())) {
        return Optional.of(Outage.UNREACHABLE);
      }
      if (t instanceof SQLException
          && t.getMessage() != null
          && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
        timedOut = true;
      }
    }
    return timedOut ? Optional.of(Outage.BUSY) : Optional.empty();
  }

  /**
   * PostgreSQL's connection exceptions (class 08), an administrator or crash shutdown, a server
   * still starting (57P01–57P03) and "too many connections" (53300).
   */
  private static boolean unavailable(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith("08")
            || sqlState.equals("57P01")
            || sqlState.equals("57P02")
            || sqlState.equals("57P03")
            || sqlState.equals("53300"));
  }
}
