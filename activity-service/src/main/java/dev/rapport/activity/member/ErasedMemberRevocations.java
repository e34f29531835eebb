package dev.rapport.activity.member;

import dev.rapport.common.security.ErasureRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Refuses the tokens of erased members on every endpoint: {@code RevokedTokenAugmentor} asks this
 * bean on each member request; the probe of {@code erased_member} is common's.
 */
@ApplicationScoped
public class ErasedMemberRevocations extends ErasureRevocations {

  public ErasedMemberRevocations(EntityManager em) {
    super(em);
  }
}
