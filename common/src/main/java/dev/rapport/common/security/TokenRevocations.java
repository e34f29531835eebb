package dev.rapport.common.security;

import java.util.Optional;
import java.util.UUID;

/**
 * What a service knows about member tokens that must no longer be accepted although their signature
 * and expiry are valid: the member was erased, or the session the token belongs to was ended
 * (logout, password change). Each service implements it from its own state — profile-service from
 * its accounts and sessions, the others from the erasures they followed on the member-changes feed
 * — and {@link RevokedTokenAugmentor} turns a revoked token into a 401.
 */
public interface TokenRevocations {

  /**
   * @param memberId the token's subject
   * @param sessionId the token's {@code sid} claim, when it has one
   * @return true when a token of this member and session must be refused
   */
  boolean isRevoked(UUID memberId, Optional<String> sessionId);
}
