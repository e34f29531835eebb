package dev.rapport.common.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link TokenRevocations} of a service that follows profile-service's erasures into its own {@code
 * erased_member} table (activity-service, recommendation-service): a member's tokens are refused
 * once the member was erased. One primary-key probe of {@code erased_member} over plain JDBC per
 * member request (the check runs before any request context or transaction exists). Sessions ended
 * in profile-service (logout, password change) are not known here; their tokens expire with their
 * short lifetime. Not a bean itself: each such service declares its bean as a subclass, so
 * profile-service, which revokes from its own accounts and sessions, has none of it.
 */
public abstract class ErasureRevocations implements TokenRevocations {

  private final DataSource dataSource;

  protected ErasureRevocations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** For the container's client proxy only. */
  protected ErasureRevocations() {
    this(null);
  }

  @Override
  public boolean isRevoked(UUID memberId, Optional<String> sessionId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT 1 FROM erased_member WHERE member_id = ?")) {
      query.setObject(1, memberId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check whether member " + memberId + " was erased", e);
    }
  }
}
