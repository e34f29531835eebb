package dev.rapport.profile.security;

import dev.rapport.common.security.TokenRevocations;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * A member token is refused when its session was revoked (logout, password change, refresh-token
 * reuse) or its member was erased. One primary-key lookup per authenticated member request, plain
 * JDBC without a transaction. Tokens naming a session this service never opened (none in
 * production) are judged by the erasure alone.
 */
@ApplicationScoped
public class SessionRevocations implements TokenRevocations {

  private static final String SQL =
      "SELECT EXISTS (SELECT 1 FROM session WHERE id = ? AND account_id = ?"
          + " AND revoked_at IS NOT NULL)"
          + " OR EXISTS (SELECT 1 FROM erased_member WHERE id = ?)";

  private final AgroalDataSource dataSource;

  public SessionRevocations(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean isRevoked(UUID memberId, Optional<String> sessionId) {
    UUID session = sessionId.flatMap(SessionRevocations::uuid).orElse(new UUID(0, 0));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SQL)) {
      s.setObject(1, session);
      s.setObject(2, memberId);
      s.setObject(3, memberId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the token's session", e);
    }
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
