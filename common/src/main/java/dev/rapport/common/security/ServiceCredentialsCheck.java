package dev.rapport.common.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.Config;

/**
 * A service that calls the others with tokens of its own refuses to start without its client secret
 * (RAPPORT_SERVICE_SECRET in production), instead of failing on its first call.
 */
@ApplicationScoped
public class ServiceCredentialsCheck {

  static final String CLIENT_ID = "quarkus.oidc-client.client-id";
  static final String SECRET = "quarkus.oidc-client.credentials.secret";

  void check(@Observes StartupEvent start, Config config) {
    if (config.getOptionalValue(CLIENT_ID, String.class).isEmpty()) {
      return;
    }
    String secret;
    try {
      secret = config.getOptionalValue(SECRET, String.class).orElse("");
    } catch (NoSuchElementException e) {
      secret = "";
    }
    if (secret.isBlank()) {
      throw new IllegalStateException(
          "No client secret for "
              + config.getValue(CLIENT_ID, String.class)
              + ": set RAPPORT_SERVICE_SECRET to the secret profile-service holds for it");
    }
  }
}
