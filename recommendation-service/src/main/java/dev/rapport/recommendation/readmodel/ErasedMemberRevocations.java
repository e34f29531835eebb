package dev.rapport.recommendation.readmodel;

import dev.rapport.common.security.TokenRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Refuses the tokens of members erased in profile-service, as followed on member-changes: one
 * primary-key lookup in {@code erased_member} per member request. Sessions ended in profile-service
 * (logout, password change) are not known here; their tokens expire with their short lifetime.
 */
@ApplicationScoped
public class ErasedMemberRevocations implements TokenRevocations {

  private final ReadModelRepository repository;

  public ErasedMemberRevocations(ReadModelRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional
  public boolean isRevoked(UUID memberId, Optional<String> sessionId) {
    return repository.isErased(memberId);
  }
}
