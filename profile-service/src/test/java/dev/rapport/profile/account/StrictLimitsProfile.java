package dev.rapport.profile.account;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Production-like strict limits, small enough for a test to reach them. */
public class StrictLimitsProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("rapport.limits.sign-in-per-ip.requests", "40"),
        Map.entry("rapport.limits.sign-in-per-ip.window", "PT10M"),
        Map.entry("rapport.limits.sign-in-per-account.requests", "5"),
        Map.entry("rapport.limits.sign-in-per-account.window", "PT10M"),
        Map.entry("rapport.limits.register-per-ip.requests", "4"),
        Map.entry("rapport.limits.register-per-ip.window", "PT10M"),
        Map.entry("rapport.limits.service-token-per-ip.requests", "100"),
        Map.entry("rapport.limits.service-token-per-client.requests", "3"),
        Map.entry("rapport.limits.service-token-per-client.window", "PT10M"),
        Map.entry("rapport.limits.lockout-failures", "3"),
        Map.entry("rapport.limits.lockout-duration", "PT10M"));
  }
}
