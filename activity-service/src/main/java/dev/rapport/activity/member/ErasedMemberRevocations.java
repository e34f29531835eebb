package dev.rapport.activity.member;

import dev.rapport.common.security.TokenRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Refuses the tokens of erased members on every endpoint: {@code RevokedTokenAugmentor} asks this
 * bean on each member request. One primary-key probe of {@code erased_member} over plain JDBC (the
 * check runs before any request context or transaction exists). Sessions are profile-service's
 * business: here only erasure revokes.
 */
@ApplicationScoped
public class ErasedMemberRevocations implements TokenRevocations {

  private final DataSource dataSource;

  public ErasedMemberRevocations(DataSource dataSource) {
    this.dataSource = dataSource;
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
