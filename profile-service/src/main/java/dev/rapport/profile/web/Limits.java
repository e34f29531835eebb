package dev.rapport.profile.web;

import dev.rapport.common.web.ProblemException;

/** Integer query parameters taken as text, so "ten" is a 400 naming the parameter. */
public final class Limits {

  private Limits() {}

  public static Integer parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(name, "'" + value + "' is not a whole number");
    }
  }

  /** An enum query parameter; 400 naming it and the allowed values when it is none of them. */
  public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
      }
      throw ProblemException.invalid(name, "'" + value + "' is not one of " + allowed);
    }
  }
}
