package dev.rapport.profile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** profile-service's own settings, under {@code rapport.*}. */
@ConfigMapping(prefix = "rapport")
public interface ProfileConfig {

  Jwt jwt();

  Admin admin();

  /** Service accounts by client id; each may ask {@code /api/v1/auth/service-token} for a token. */
  Map<String, ServiceClient> serviceClients();

  /** Rate limits and lockout of the sign-in, registration, refresh and service-token endpoints. */
  Limits limits();

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

    /** How long a session's refresh token lasts without being used. */
    @WithDefault("P30D")
    Duration refreshTokenTtl();
  }

  /** An administrator account created at start-up when both are set (for a local run). */
  interface Admin {
    Optional<String> email();

    Optional<String> password();
  }

  interface ServiceClient {
    String secret();

    /** The services this client calls: its tokens' {@code aud}. */
    List<String> audiences();

    /** The scopes granted to this client, carried as groups beside {@code service}. */
    List<String> scopes();
  }

  /** A number of requests allowed per window; more answer 429 with Retry-After. */
  interface Limit {
    int requests();

    Duration window();
  }

  interface Limits {
    /** Sign-in attempts per client IP address. */
    Limit signInPerIp();

    /** Sign-in attempts per account (email, known or not). */
    Limit signInPerAccount();

    Limit registerPerIp();

    Limit refreshPerIp();

    Limit serviceTokenPerIp();

    Limit serviceTokenPerClient();

    /** Password changes per account. */
    Limit passwordChangePerAccount();

    /** Consecutive failures of one account or client before it is locked. */
    int lockoutFailures();

    /** How long an account or service client stays locked after too many failures. */
    Duration lockoutDuration();

    /** At most this many addresses and accounts are tracked at once (least recent forgotten). */
    @WithDefault("100000")
    long maxTrackedKeys();
  }
}
