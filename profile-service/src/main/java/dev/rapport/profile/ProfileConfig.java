package dev.rapport.profile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** profile-service's own settings, under {@code rapport.*}. */
@ConfigMapping(prefix = "rapport")
public interface ProfileConfig {

  Jwt jwt();

  Admin admin();

  /** Service accounts by client id; each may ask {@code /api/v1/auth/service-token} for a token. */
  Map<String, ServiceClient> serviceClients();

  interface Jwt {
    /**
     * The RS256 signing key, a PKCS#8 PEM file path or classpath resource. Required in production
     * (RAPPORT_JWT_PRIVATE_KEY_LOCATION).
     */
    Optional<String> privateKeyLocation();

    /**
     * Dev and test only: generate the key when the location does not exist yet, and keep it there.
     */
    @WithDefault("false")
    boolean generateIfMissing();

    @WithDefault("PT1H")
    Duration accessTokenTtl();

    @WithDefault("PT10M")
    Duration serviceTokenTtl();
  }

  /** An administrator account created at start-up when both are set (for a local run). */
  interface Admin {
    Optional<String> email();

    Optional<String> password();
  }

  interface ServiceClient {
    String secret();
  }
}
