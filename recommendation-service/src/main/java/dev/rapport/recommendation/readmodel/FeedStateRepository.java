package dev.rapport.recommendation.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code feed_state}: per feed, the cursor to resume from and how the last reads went. */
@ApplicationScoped
public class FeedStateRepository {

  /** One feed_state row. */
  record StoredState(
      String lastError,
      Boolean caughtUp,
      Instant lastChangeAt,
      Instant lastSuccessAt,
      Instant lastAttemptAt,
      Long applied) {

    FeedStatus status(Feed feed) {
      FeedStatus.State state =
          lastError != null
              ? FeedStatus.State.DOWN
              : caughtUp
                  ? FeedStatus.State.CAUGHT_UP
                  : lastSuccessAt == null ? FeedStatus.State.STARTING : FeedStatus.State.BEHIND;
      return new FeedStatus(
          feed, state, lastChangeAt, lastSuccessAt, lastAttemptAt, lastError, applied);
    }
  }

  private final EntityManager em;

  public FeedStateRepository(EntityManager em) {
    this.em = em;
  }

  FeedStatus state(Feed feed) {
    List<?> rows =
        em.createNativeQuery(
                """
            SELECT last_error, caught_up, last_change_at, last_success_at, last_attempt_at,
                applied
            FROM feed_state WHERE feed = :feed
            """,
                StoredState.class)
            .setParameter("feed", feed.name())
            .getResultList();
    return rows.isEmpty()
        ? new FeedStatus(feed, FeedStatus.State.STARTING, null, null, null, null, 0)
        : ((StoredState) rows.get(0)).status(feed);
  }

  Optional<String> cursor(Feed feed) {
    List<?> cursors =
        em.createNativeQuery("SELECT cursor FROM feed_state WHERE feed = :feed", String.class)
            .setParameter("feed", feed.name())
            .getResultList();
    return cursors.stream().filter(Objects::nonNull).map(String.class::cast).findFirst();
  }

  void recordSuccess(
      Feed feed, String cursor, int applied, Instant lastChangeAt, boolean caughtUp, Instant now) {
    em.createNativeQuery(
            """
            INSERT INTO feed_state (feed, cursor, applied, last_change_at, last_attempt_at,
                last_success_at, last_error, caught_up)
            VALUES (:feed, CAST(:cursor AS text), :applied, CAST(:lastChangeAt AS timestamptz),
                :now, :now, NULL, :caughtUp)
            ON CONFLICT (feed) DO UPDATE SET cursor = EXCLUDED.cursor,
                applied = feed_state.applied + EXCLUDED.applied,
                last_change_at = coalesce(EXCLUDED.last_change_at, feed_state.last_change_at),
                last_attempt_at = EXCLUDED.last_attempt_at,
                last_success_at = EXCLUDED.last_success_at,
                last_error = NULL, caught_up = EXCLUDED.caught_up
            """)
        .setParameter("feed", feed.name())
        .setParameter("cursor", cursor)
        .setParameter("applied", (long) applied)
        .setParameter("lastChangeAt", lastChangeAt)
        .setParameter("now", now)
        .setParameter("caughtUp", caughtUp)
        .executeUpdate();
  }

  void recordFailure(Feed feed, String error, Instant now) {
    em.createNativeQuery(
            """
            INSERT INTO feed_state (feed, last_attempt_at, last_error)
            VALUES (:feed, :now, CAST(:error AS text))
            ON CONFLICT (feed) DO UPDATE SET last_attempt_at = EXCLUDED.last_attempt_at,
                last_error = EXCLUDED.last_error, caught_up = false
            """)
        .setParameter("feed", feed.name())
        .setParameter("now", now)
        .setParameter("error", error)
        .executeUpdate();
  }
}
