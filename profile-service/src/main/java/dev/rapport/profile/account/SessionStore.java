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
import java.time.Clock;
import java.time.Duration;
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
  private final Duration refreshTtl;
  private final Clock clock;
  private final SessionRevocations revocations;

  public SessionStore(
      EntityManager em, ProfileConfig config, Clock clock, SessionRevocations revocations) {
    this.em = em;
    this.refreshTtl = config.jwt().refreshTokenTtl();
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

  /** The session a refresh token names, and whether it may still be refreshed. */
  record Presented(UUID sessionId, UUID accountId, boolean admin, boolean live) {}

  /** The session a refresh token was rotated away from. */
  record Rotation(UUID sessionId, UUID accountId) {}

  @Transactional
  public Opened open(UUID accountId) {
    UUID id = UUID.randomUUID();
    String refresh = newRefreshToken();
    Instant now = clock.instant();
    em.createNativeQuery(
            "INSERT INTO session (id, account_id, refresh_hash, created_at, refreshed_at,"
                + " expires_at) VALUES (:id, :account, :hash, :now, :now, :expires)")
        .setParameter("id", id)
        .setParameter("account", accountId)
        .setParameter("hash", hash(refresh))
        .setParameter("now", now)
        .setParameter("expires", now.plus(refreshTtl))
        .executeUpdate();
    return opened(id, refresh);
  }

  /** Rotates the refresh token; detects the reuse of a rotated one and revokes its session. */
  @Transactional
  public Refresh rotate(String refreshToken) {
    byte[] presented = hash(refreshToken);
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Presented> rows =
        em.createNativeQuery(
                "SELECT s.id, s.account_id, a.admin,"
                    + " s.revoked_at IS NULL AND s.expires_at > :now"
                    + " FROM session s JOIN account a ON a.id = s.account_id"
                    + " WHERE s.refresh_hash = :hash FOR UPDATE OF s",
                Presented.class)
            .setParameter("hash", presented)
            .setParameter("now", now)
            .getResultList();
    if (rows.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<Rotation> used =
          em.createNativeQuery(
                  "SELECT s.id, s.account_id FROM session_used_refresh u"
                      + " JOIN session s ON s.id = u.session_id WHERE u.refresh_hash = :hash",
                  Rotation.class)
              .setParameter("hash", presented)
              .getResultList();
      if (used.isEmpty()) {
        return new Invalid();
      }
      revoke(used.get(0).accountId(), used.get(0).sessionId(), "refresh-token-reuse");
      return new Reused();
    }
    Presented session = rows.get(0);
    if (!session.live()) {
      return new Invalid();
    }
    String next = newRefreshToken();
    em.createNativeQuery(
            "INSERT INTO session_used_refresh (refresh_hash, session_id) VALUES (:hash, :session)")
        .setParameter("hash", presented)
        .setParameter("session", session.sessionId())
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE session SET refresh_hash = :hash, refreshed_at = :now, expires_at = :expires"
                + " WHERE id = :session")
        .setParameter("hash", hash(next))
        .setParameter("now", now)
        .setParameter("expires", now.plus(refreshTtl))
        .setParameter("session", session.sessionId())
        .executeUpdate();
    return new Rotated(session.accountId(), session.admin(), opened(session.sessionId(), next));
  }

  /** Revokes one session of the account (logout); false when it is not the account's. */
  @Transactional
  public boolean revoke(UUID accountId, UUID sessionId, String reason) {
    revocations.forget(accountId);
    return em.createNativeQuery(
                "UPDATE session SET revoked_at = :now, revoked_reason = :reason"
                    + " WHERE id = :session AND account_id = :account AND revoked_at IS NULL")
            .setParameter("now", clock.instant())
            .setParameter("reason", reason)
            .setParameter("session", sessionId)
            .setParameter("account", accountId)
            .executeUpdate()
        > 0;
  }

  /** Revokes every session of the account except {@code keep} (password change, erasure). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int revokeAllBut(UUID accountId, Optional<UUID> keep, String reason) {
    revocations.forget(accountId);
    return em.createNativeQuery(
            "UPDATE session SET revoked_at = :now, revoked_reason = :reason"
                + " WHERE account_id = :account AND revoked_at IS NULL AND id <> :keep")
        .setParameter("now", clock.instant())
        .setParameter("reason", reason)
        .setParameter("account", accountId)
        .setParameter("keep", keep.orElse(new UUID(0, 0)))
        .executeUpdate();
  }

  /** The account's sessions, newest first, without any token material (for the export). */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<SessionInfo> sessions(UUID accountId) {
    return em.createNativeQuery(
            "SELECT id, created_at, refreshed_at, expires_at, revoked_at, revoked_reason"
                + " FROM session WHERE account_id = :account ORDER BY created_at DESC",
            SessionInfo.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  private Opened opened(UUID sessionId, String refreshToken) {
    return new Opened(sessionId, refreshToken, refreshTtl.toSeconds());
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
