package dev.rapport.recommendation.readmodel;

import dev.rapport.common.security.ErasureRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Refuses the tokens of members erased in profile-service, as followed on member-changes, on every
 * endpoint; the probe of {@code erased_member} is common's.
 */
@ApplicationScoped
public class ErasedMemberRevocations extends ErasureRevocations {

  public ErasedMemberRevocations(EntityManager em) {
    super(em);
  }
}
