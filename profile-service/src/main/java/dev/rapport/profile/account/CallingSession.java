package dev.rapport.profile.account;

import dev.rapport.common.security.RevokedTokenAugmentor;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The sign-in session the calling access token names (its {@code sid} claim), if any. */
@RequestScoped
public class CallingSession {

  private final JsonWebToken jwt;

  public CallingSession(JsonWebToken jwt) {
    this.jwt = jwt;
  }

  public Optional<UUID> id() {
    Object sid = jwt.getClaim(RevokedTokenAugmentor.SESSION_CLAIM);
    if (sid == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(sid.toString().replace("\"", "")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
