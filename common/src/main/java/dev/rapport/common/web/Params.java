package dev.rapport.common.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

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

  /** A whole number given as text, so "ten" is a 400 naming the parameter; null when absent. */
  public static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(name, "'" + value + "' is not a whole number");
    }
  }

  /** A boolean query flag: true or false in any case, {@code false} when absent; else a 400. */
  public static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String v = value.strip();
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw ProblemException.invalid(name, "'" + value + "' is not true or false");
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

  /** The constant of {@code type} named by {@code value} in any case; a 400 naming all of them. */
  public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          name,
          "'"
              + value
              + "' is not one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }
}
