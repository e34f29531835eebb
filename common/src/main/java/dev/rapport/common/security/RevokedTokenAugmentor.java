package dev.rapport.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses (401) a member token that {@link TokenRevocations} says is revoked. Services without a
 * {@link TokenRevocations} bean accept every valid token. The check runs on a worker thread, since
 * implementations may read the database.
 */
@ApplicationScoped
public class RevokedTokenAugmentor implements SecurityIdentityAugmentor {

  /** The claim naming the sign-in session a member token belongs to. */
  public static final String SESSION_CLAIM = "sid";

  private final Instance<TokenRevocations> revocations;

  RevokedTokenAugmentor(Instance<TokenRevocations> revocations) {
    this.revocations = revocations;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()
        || !revocations.isResolvable()
        || !(identity.getPrincipal() instanceof JsonWebToken jwt)
        || !identity.hasRole(Roles.MEMBER)) {
      return Uni.createFrom().item(identity);
    }
    UUID member;
    try {
      member = UUID.fromString(jwt.getSubject());
    } catch (IllegalArgumentException | NullPointerException e) {
      return Uni.createFrom().item(identity);
    }
    Optional<String> session =
        Optional.ofNullable(jwt.<Object>getClaim(SESSION_CLAIM)).map(Object::toString);
    return context.runBlocking(
        () -> {
          if (revocations.get().isRevoked(member, session)) {
            throw new AuthenticationFailedException("This token was revoked.");
          }
          return identity;
        });
  }
}
