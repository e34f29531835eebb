package dev.rapport.common.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link TokenRevocations} of a service that follows profile-service's erasures into its own {@code
 * erased_member} table (activity-service, recommendation-service): a member's tokens are refused
 * once the member was erased. One primary-key probe of {@code erased_member} per member request, in
 * a short transaction of its own (the check runs on a worker thread before the request's own
 * transaction exists). Sessions ended in profile-service (logout, password change) are not known
 * here; their tokens expire with their short lifetime. Not a bean itself: each such service
 * declares its bean as a subclass, so profile-service, which revokes from its own accounts and
 * sessions, has none of it.
 */
public abstract class ErasureRevocations implements TokenRevocations {

  private static final String SQL =
      "SELECT EXISTS (SELECT 1 FROM erased_member WHERE member_id = :member)";

  private final EntityManager em;

  protected ErasureRevocations(EntityManager em) {
    this.em = em;
  }

  /** For the container's client proxy only. */
  protected ErasureRevocations() {
    this(null);
  }

  @Override
  public boolean isRevoked(UUID memberId, Optional<String> sessionId) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                (Boolean)
                    em.createNativeQuery(SQL, Boolean.class)
                        .setParameter("member", memberId)
                        .getSingleResult());
  }
}
