package dev.rapport.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Tokens signed with the test key pair in {@code rapport-test-keys/}, which the services trust in
 * their test profile only. Also forges tokens signed by another key, for the 401 tests.
 */
public final class TestTokens {

  private static final PrivateKey TEST_KEY = load("rapport-test-keys/private.pem");

  private TestTokens() {}

  public static String member(UUID memberId) {
    return sign(memberId.toString(), Set.of("member"), Duration.ofMinutes(15), TEST_KEY);
  }

  public static String admin(UUID memberId) {
    return sign(memberId.toString(), Set.of("member", "admin"), Duration.ofMinutes(15), TEST_KEY);
  }

  public static String service(String clientId) {
    return sign(clientId, Set.of("service"), Duration.ofMinutes(15), TEST_KEY);
  }

  public static String expired(UUID memberId) {
    return Jwt.issuer("rapport")
        .subject(memberId.toString())
        .groups(Set.of("member"))
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
    return Jwt.issuer("rapport").subject(subject).groups(groups).expiresIn(ttl).jws().sign(key);
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
