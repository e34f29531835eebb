package dev.rapport.profile.security;

import dev.rapport.common.security.Roles;
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

  public IssuedToken forMember(UUID memberId, boolean admin) {
    Set<String> groups = new HashSet<>();
    groups.add(Roles.MEMBER);
    if (admin) {
      groups.add(Roles.ADMIN);
    }
    return sign(memberId.toString(), groups, config.jwt().accessTokenTtl());
  }

  public IssuedToken forService(String clientId) {
    return sign(clientId, Set.of(Roles.SERVICE), config.jwt().serviceTokenTtl());
  }

  private IssuedToken sign(String subject, Set<String> groups, Duration ttl) {
    long now = clock.instant().getEpochSecond();
    String token =
        Jwt.issuer(ISSUER)
            .subject(subject)
            .groups(groups)
            .issuedAt(now)
            .expiresAt(now + ttl.toSeconds())
            .claim("jti", UUID.randomUUID().toString())
            .jws()
            .keyId(keys.keyId())
            .sign(keys.privateKey());
    return new IssuedToken(token, ttl.toSeconds());
  }
}
