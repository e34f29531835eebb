package dev.rapport.profile.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * profile-service verifies the tokens it signs with the key it holds, instead of fetching its own
 * JWK Set over HTTP as the other services do.
 */
@ApplicationScoped
public class TokenVerification {

  @Produces
  @Alternative
  @Priority(1)
  @ApplicationScoped
  JWTAuthContextInfo contextInfo(SigningKeys keys) {
    JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), TokenIssuer.ISSUER);
    info.setSignatureAlgorithm(
        java.util.Set.of(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256));
    return info;
  }
}
