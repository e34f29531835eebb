package dev.rapport.common.web;

import java.util.UUID;

/**
 * Parses path and query parameters by hand, so that a malformed value is a 400 naming the parameter
 * (JAX-RS would answer a conversion failure with a bare 404).
 */
public final class Params {

  private Params() {}

  public static UUID uuid(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalid(name, "is required");
    }
    try {
      UUID parsed = UUID.fromString(value.trim());
      if (!parsed.toString().equalsIgnoreCase(value.trim())) {
        throw new IllegalArgumentException();
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(name, "'" + value + "' is not a UUID");
    }
  }

  public static int limit(String name, Integer value, int defaultValue, int max) {
    if (value == null) {
      return defaultValue;
    }
    if (value < 1 || value > max) {
      throw ProblemException.invalid(name, "must be between 1 and " + max);
    }
    return value;
  }
}
