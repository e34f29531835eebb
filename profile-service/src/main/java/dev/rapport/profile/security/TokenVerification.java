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
    // accept only tokens issued for profile-service (mp.jwt.verify.audiences says the same)
    info.setExpectedAudience(java.util.Set.of(dev.rapport.common.security.Audiences.PROFILE));
    return info;
  }
}
