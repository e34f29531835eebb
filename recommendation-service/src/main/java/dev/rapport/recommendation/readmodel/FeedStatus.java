package dev.rapport.recommendation.readmodel;

import java.time.Duration;
import java.time.Instant;

/**
 * How far behind the read model is on one feed. CAUGHT_UP: the last read returned the end of the
 * feed; BEHIND: pages remain; DOWN: the last read failed; STARTING: not read yet.
 */
public record FeedStatus(
    Feed feed,
    State state,
    Instant lastChangeAt,
    Instant lastSuccessAt,
    Instant lastAttemptAt,
    String lastError,
    long applied) {

  public enum State {
    STARTING,
    CAUGHT_UP,
    BEHIND,
    DOWN
  }

  /**
   * Seconds the read model may be missing: 0 when caught up; since the last applied change when
   * behind; since the last successful read when down or not started.
   */
  public long lagSeconds(Instant now, Instant startedAt) {
    Instant since =
        switch (state) {
          case CAUGHT_UP -> now;
          case BEHIND -> lastChangeAt != null ? lastChangeAt : lastSuccessAt;
          case DOWN, STARTING -> lastSuccessAt != null ? lastSuccessAt : startedAt;
        };
    if (since == null) {
      since = startedAt;
    }
    return Math.max(0, Duration.between(since, now).toSeconds());
  }
}
