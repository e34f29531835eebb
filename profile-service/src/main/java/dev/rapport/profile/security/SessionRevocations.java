package dev.rapport.profile.security;

import dev.rapport.common.security.TokenRevocations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A member token is refused when its session was revoked (logout, password change, refresh-token
 * reuse) or its member was erased. One primary-key lookup per authenticated member request, in a
 * short transaction of its own. Tokens naming a session this service never opened (none in
 * production) are judged by the erasure alone.
 *
 * <p>"Live" answers are cached for {@link #LIVE_TTL_NANOS} (2 s) in a bounded map, so a busy
 * session pays the lookup at most once per 2 s. Revoking a session (logout, password change,
 * refresh-token reuse) or erasing a member forgets the cached answers at once on this replica
 * (again after the transaction completes); another replica may accept a revoked token for at most 2
 * s more.
 */
@ApplicationScoped
public class SessionRevocations implements TokenRevocations {

  private static final String SQL =
      "SELECT EXISTS (SELECT 1 FROM session WHERE id = :session AND account_id = :member"
          + " AND revoked_at IS NOT NULL)"
          + " OR EXISTS (SELECT 1 FROM erased_member WHERE id = :member)";

  /** How long a "session is live" answer is trusted; the staleness bound for other replicas. */
  static final long LIVE_TTL_NANOS = 2_000_000_000L;

  private static final int MAX_CACHED = 50_000;

  private record Key(UUID member, UUID session) {}

  private final EntityManager em;
  private final TransactionSynchronizationRegistry transactions;
  private final ConcurrentHashMap<Key, Long> live = new ConcurrentHashMap<>();

  public SessionRevocations(EntityManager em, TransactionSynchronizationRegistry transactions) {
    this.em = em;
    this.transactions = transactions;
  }

  /**
   * Forgets the cached answers for {@code memberId} (every member when null), now and again when
   * the caller's transaction completes, so no request racing the write re-caches a stale answer.
   */
  public void forget(UUID memberId) {
    evict(memberId);
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              evict(memberId);
            }
          });
    }
  }

  private void evict(UUID memberId) {
    if (memberId == null) {
      live.clear();
    } else {
      live.keySet().removeIf(k -> k.member().equals(memberId));
    }
  }

  @Override
  public boolean isRevoked(UUID memberId, Optional<String> sessionId) {
    UUID session = sessionId.flatMap(SessionRevocations::uuid).orElse(new UUID(0, 0));
    Key key = new Key(memberId, session);
    long now = System.nanoTime();
    Long until = live.get(key);
    if (until != null && now - until < 0) {
      return false;
    }
    boolean revoked = lookUp(memberId, session);
    if (!revoked) {
      if (live.size() >= MAX_CACHED) {
        live.clear();
      }
      live.put(key, now + LIVE_TTL_NANOS);
    }
    return revoked;
  }

  /** Asked on a worker thread, outside any request's transaction: its own short one. */
  private boolean lookUp(UUID memberId, UUID session) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                (Boolean)
                    em.createNativeQuery(SQL, Boolean.class)
                        .setParameter("session", session)
                        .setParameter("member", memberId)
                        .getSingleResult());
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
