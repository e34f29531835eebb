package dev.rapport.profile.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.profile.ProfileConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production refuses to start without a key; dev generates one once and keeps it. */
class SigningKeysTest {

  @Test
  void refusesToStartWithoutAConfiguredKey() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new SigningKeys(config(Optional.empty(), false)));
    assertTrue(e.getMessage().contains("RAPPORT_JWT_PRIVATE_KEY_LOCATION"), e.getMessage());
  }

  @Test
  void refusesAKeyFileThatDoesNotExistUnlessGeneratingIsAllowed(@TempDir Path dir) {
    String missing = dir.resolve("missing.pem").toString();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new SigningKeys(config(Optional.of(missing), false)));
    assertTrue(e.getMessage().contains(missing), e.getMessage());
  }

  @Test
  void devKeyIsGeneratedOnceAndKept(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys/dev.pem");
    SigningKeys first = new SigningKeys(config(Optional.of(file.toString()), true));
    assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
    SigningKeys second = new SigningKeys(config(Optional.of(file.toString()), true));
    assertEquals(first.keyId(), second.keyId());
    assertEquals(first.publicKey(), second.publicKey());
  }

  private static ProfileConfig config(Optional<String> location, boolean generate) {
    ProfileConfig.Jwt jwt =
        new ProfileConfig.Jwt() {
          @Override
          public Optional<String> privateKeyLocation() {
            return location;
          }

          @Override
          public boolean generateIfMissing() {
            return generate;
          }

          @Override
          public Duration accessTokenTtl() {
            return Duration.ofHours(1);
          }

          @Override
          public Duration serviceTokenTtl() {
            return Duration.ofMinutes(10);
          }

          @Override
          public Duration refreshTokenTtl() {
            return Duration.ofDays(30);
          }
        };
    return new ProfileConfig() {
      @Override
      public Jwt jwt() {
        return jwt;
      }

      @Override
      public Admin admin() {
        return null;
      }

      @Override
      public Map<String, ServiceClient> serviceClients() {
        return Map.of();
      }

      @Override
      public Limits limits() {
        return null;
      }
    };
  }
}
