package dev.rapport.profile.account;

import dev.rapport.profile.ProfileConfig;
import dev.rapport.profile.security.SessionRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in sessions and their rotating refresh tokens. Only SHA-256 hashes of refresh tokens are
 * stored. Every method is one short transaction; no password hashing happens here.
 */
@ApplicationScoped
public class SessionStore {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntityManager em;
  private final ProfileConfig config;
  private final Clock clock;
  private final SessionRevocations revocations;

  public SessionStore(
      EntityManager em, ProfileConfig config, Clock clock, SessionRevocations revocations) {
    this.em = em;
    this.config = config;
    this.clock = clock;
    this.revocations = revocations;
  }

  public record Opened(UUID sessionId, String refreshToken, long refreshExpiresIn) {}

  /** The outcome of presenting a refresh token. */
  public sealed interface Refresh {}

  public record Rotated(UUID accountId, boolean admin, Opened session) implements Refresh {}

  /** An already rotated token was presented again: its session is now revoked. */
  public record Reused() implements Refresh {}

  public record Invalid() implements Refresh {}

  public record SessionInfo(
      UUID id,
      Instant createdAt,
      Instant refreshedAt,
      Instant expiresAt,
      Instant revokedAt,
      String revokedReason) {}

  @Transactional
  public Opened open(UUID accountId) {
    UUID id = UUID.randomUUID();
    String refresh = newRefreshToken();
    Instant now = clock.instant();
    Instant expires = now.plus(config.jwt().refreshTokenTtl());
    em.createNativeQuery(
            "INSERT INTO session (id, account_id, refresh_hash, created_at, refreshed_at,"
                + " expires_at) VALUES (?1, ?2, ?3, ?4, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, accountId)
        .setParameter(3, hash(refresh))
        .setParameter(4, Timestamp.from(now))
        .setParameter(5, Timestamp.from(expires))
        .executeUpdate();
    return new Opened(id, refresh, config.jwt().refreshTokenTtl().toSeconds());
  }

  /** Rotates the refresh token; detects the reuse of a rotated one and revokes its session. */
  @Transactional
  public Refresh rotate(String refreshToken) {
    byte[] presented = hash(refreshToken);
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.account_id, a.admin, s.revoked_at IS NULL AND s.expires_at > ?2"
                    + " FROM session s JOIN account a ON a.id = s.account_id"
                    + " WHERE s.refresh_hash = ?1 FOR UPDATE OF s")
            .setParameter(1, presented)
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    if (rows.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<Object> used =
          em.createNativeQuery(
                  "SELECT session_id FROM session_used_refresh WHERE refresh_hash = ?1")
              .setParameter(1, presented)
              .getResultList();
      if (used.isEmpty()) {
        return new Invalid();
      }
      revoke((UUID) used.get(0), "refresh-token-reuse");
      return new Reused();
    }
    Object[] row = rows.get(0);
    UUID sessionId = (UUID) row[0];
    if (!Boolean.TRUE.equals(row[3])) {
      return new Invalid();
    }
    String next = newRefreshToken();
    Instant expires = now.plus(config.jwt().refreshTokenTtl());
    em.createNativeQuery(
            "INSERT INTO session_used_refresh (refresh_hash, session_id) VALUES (?1, ?2)")
        .setParameter(1, presented)
        .setParameter(2, sessionId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE session SET refresh_hash = ?1, refreshed_at = ?2, expires_at = ?3 WHERE id = ?4")
        .setParameter(1, hash(next))
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, Timestamp.from(expires))
        .setParameter(4, sessionId)
        .executeUpdate();
    return new Rotated(
        (UUID) row[1],
        Boolean.TRUE.equals(row[2]),
        new Opened(sessionId, next, config.jwt().refreshTokenTtl().toSeconds()));
  }

  /** Revokes one session of the account (logout); false when it is not the account's. */
  @Transactional
  public boolean revoke(UUID accountId, UUID sessionId, String reason) {
    revocations.forget(accountId);
    return em.createNativeQuery(
                "UPDATE session SET revoked_at = ?1, revoked_reason = ?2"
                    + " WHERE id = ?3 AND account_id = ?4 AND revoked_at IS NULL")
            .setParameter(1, Timestamp.from(clock.instant()))
            .setParameter(2, reason)
            .setParameter(3, sessionId)
            .setParameter(4, accountId)
            .executeUpdate()
        > 0;
  }

  private void revoke(UUID sessionId, String reason) {
    revocations.forget(null);
    em.createNativeQuery(
            "UPDATE session SET revoked_at = ?1, revoked_reason = ?2"
                + " WHERE id = ?3 AND revoked_at IS NULL")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, reason)
        .setParameter(3, sessionId)
        .executeUpdate();
  }

  /** Revokes every session of the account except {@code keep} (password change, erasure). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int revokeAllBut(UUID accountId, Optional<UUID> keep, String reason) {
    revocations.forget(accountId);
    return em.createNativeQuery(
            "UPDATE session SET revoked_at = ?1, revoked_reason = ?2"
                + " WHERE account_id = ?3 AND revoked_at IS NULL AND id <> ?4")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, reason)
        .setParameter(3, accountId)
        .setParameter(4, keep.orElse(new UUID(0, 0)))
        .executeUpdate();
  }

  /** The account's sessions, newest first, without any token material (for the export). */
  @Transactional
  public List<SessionInfo> sessions(UUID accountId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, created_at, refreshed_at, expires_at, revoked_at, revoked_reason"
                    + " FROM session WHERE account_id = ?1 ORDER BY created_at DESC")
            .setParameter(1, accountId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SessionInfo(
                    (UUID) r[0],
                    instant(r[1]),
                    instant(r[2]),
                    instant(r[3]),
                    instant(r[4]),
                    (String) r[5]))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    throw new IllegalStateException("Unexpected time value " + value.getClass());
  }

  private static String newRefreshToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
