package dev.rapport.common.security;

import dev.rapport.common.web.ProblemException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: an anonymous visitor, a member, an admin or another Rapport service. */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;
  private final JsonWebToken jwt;

  public Caller(SecurityIdentity identity, JsonWebToken jwt) {
    this.identity = identity;
    this.jwt = jwt;
  }

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  public boolean isAdmin() {
    return identity.hasRole(Roles.ADMIN);
  }

  public boolean isService() {
    return identity.hasRole(Roles.SERVICE);
  }

  /** The calling member's id, empty for anonymous callers and services. */
  public Optional<UUID> memberId() {
    if (identity.isAnonymous() || !identity.hasRole(Roles.MEMBER) || jwt.getSubject() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(jwt.getSubject()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The calling member's id; 401 when the caller is not a member. */
  public UUID requireMember() {
    return memberId().orElseThrow(UnauthorizedException::new);
  }

  /** Passes only when the caller is the member who owns the resource; 401 or 403 otherwise. */
  public UUID requireSelf(UUID owner) {
    UUID me = requireMember();
    if (!me.equals(owner)) {
      throw ProblemException.forbidden("Only member " + owner + " may do this.");
    }
    return me;
  }

  /** The caller's subject, for audit logs: a member id or a service client id. */
  public String subject() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }
}
