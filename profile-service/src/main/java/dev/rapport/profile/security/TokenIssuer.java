package dev.rapport.profile.security;

import dev.rapport.common.security.Audiences;
import dev.rapport.common.security.RevokedTokenAugmentor;
import dev.rapport.common.security.Roles;
import dev.rapport.common.security.Scopes;
import dev.rapport.profile.ProfileConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Signs the RS256 access tokens that all three services accept. */
@ApplicationScoped
public class TokenIssuer {

  public static final String ISSUER = "rapport";

  private final SigningKeys keys;
  private final ProfileConfig config;
  private final Clock clock;

  public TokenIssuer(SigningKeys keys, ProfileConfig config, Clock clock) {
    this.keys = keys;
    this.config = config;
    this.clock = clock;
  }

  public record IssuedToken(String accessToken, long expiresIn) {}

  /** A member's access token for all three services, belonging to sign-in session {@code sid}. */
  public IssuedToken forMember(UUID memberId, boolean admin, UUID sessionId) {
    Set<String> groups = new HashSet<>();
    groups.add(Roles.MEMBER);
    if (admin) {
      groups.add(Roles.ADMIN);
    }
    return sign(
        memberId.toString(), groups, Audiences.ALL, sessionId, config.jwt().accessTokenTtl());
  }

  /** A service client's token: the services it calls as {@code aud}, its scopes as groups. */
  public IssuedToken forService(String clientId) {
    ProfileConfig.ServiceClient client = config.serviceClients().get(clientId);
    Set<String> groups = new HashSet<>(client.scopes());
    groups.add(Roles.SERVICE);
    return sign(
        clientId, groups, new HashSet<>(client.audiences()), null, config.jwt().serviceTokenTtl());
  }

  /** profile-service's own token for gathering a member's export from the other services. */
  public IssuedToken forExport() {
    return sign(
        Audiences.PROFILE,
        Set.of(Roles.SERVICE, Scopes.MEMBER_DATA_EXPORT),
        Set.of(Audiences.ACTIVITY, Audiences.RECOMMENDATION),
        null,
        config.jwt().serviceTokenTtl());
  }

  private IssuedToken sign(
      String subject, Set<String> groups, Set<String> audiences, UUID sessionId, Duration ttl) {
    long now = clock.instant().getEpochSecond();
    var claims =
        Jwt.issuer(ISSUER)
            .subject(subject)
            .groups(groups)
            .audience(audiences)
            .issuedAt(now)
            .expiresAt(now + ttl.toSeconds())
            .claim("jti", UUID.randomUUID().toString());
    if (sessionId != null) {
      claims.claim(RevokedTokenAugmentor.SESSION_CLAIM, sessionId.toString());
    }
    String token = claims.jws().keyId(keys.keyId()).sign(keys.privateKey());
    return new IssuedToken(token, ttl.toSeconds());
  }
}
