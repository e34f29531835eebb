package dev.rapport.common.testing;

import dev.rapport.common.security.Audiences;
import dev.rapport.common.security.RevokedTokenAugmentor;
import dev.rapport.common.security.Roles;
import dev.rapport.common.security.Scopes;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Tokens signed with the test key pair in {@code rapport-test-keys/}, which the services trust in
 * their test profile only. Also forges tokens signed by another key, for the 401 tests.
 */
public final class TestTokens {

  private static final PrivateKey TEST_KEY = load("rapport-test-keys/private.pem");

  private TestTokens() {}

  /** A member's access token, for all three services, in a session of its own. */
  public static String member(UUID memberId) {
    return sign(memberId.toString(), Set.of(Roles.MEMBER), Duration.ofMinutes(15), TEST_KEY);
  }

  /** A member's access token belonging to the given sign-in session ({@code sid}). */
  public static String member(UUID memberId, String sessionId) {
    return builder(memberId.toString(), Set.of(Roles.MEMBER), Audiences.ALL)
        .claim(RevokedTokenAugmentor.SESSION_CLAIM, sessionId)
        .expiresIn(Duration.ofMinutes(15))
        .jws()
        .sign(TEST_KEY);
  }

  public static String admin(UUID memberId) {
    return sign(
        memberId.toString(), Set.of(Roles.MEMBER, Roles.ADMIN), Duration.ofMinutes(15), TEST_KEY);
  }

  /** A service token with every scope, for all three services. */
  public static String service(String clientId) {
    return service(
        clientId,
        Audiences.ALL,
        Scopes.MEMBERS_READ,
        Scopes.MEMBER_CHANGES_READ,
        Scopes.ACTIVITY_CHANGES_READ,
        Scopes.ACTIVITIES_READ,
        Scopes.MEMBER_DATA_EXPORT);
  }

  /** A service token for the given audiences, carrying only the given scopes. */
  public static String service(String clientId, Set<String> audiences, String... scopes) {
    Set<String> groups = new HashSet<>(Arrays.asList(scopes));
    groups.add(Roles.SERVICE);
    return builder(clientId, groups, audiences)
        .expiresIn(Duration.ofMinutes(15))
        .jws()
        .sign(TEST_KEY);
  }

  public static String expired(UUID memberId) {
    return Jwt.issuer("rapport")
        .subject(memberId.toString())
        .groups(Set.of(Roles.MEMBER))
        .audience(Audiences.ALL)
        .issuedAt(Instant.now().minus(Duration.ofHours(2)))
        .expiresAt(Instant.now().minus(Duration.ofHours(1)))
        .jws()
        .sign(TEST_KEY);
  }

  /** A well-formed token signed by a key nobody trusts. */
  public static String forged(UUID memberId) {
    try {
      PrivateKey other = KeyUtils.generateKeyPair(2048).getPrivate();
      return sign(memberId.toString(), Set.of("member", "admin"), Duration.ofMinutes(15), other);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sign(String subject, Set<String> groups, Duration ttl, PrivateKey key) {
    return builder(subject, groups, Audiences.ALL)
        .claim(RevokedTokenAugmentor.SESSION_CLAIM, UUID.randomUUID().toString())
        .expiresIn(ttl)
        .jws()
        .sign(key);
  }

  private static JwtClaimsBuilder builder(
      String subject, Set<String> groups, Set<String> audiences) {
    return Jwt.issuer("rapport").subject(subject).groups(groups).audience(audiences);
  }

  private static PrivateKey load(String resource) {
    try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test classpath");
      }
      return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
