package dev.rapport.activity.log;

/** What a topic may be, in requests and patches alike (stored stripped and lower-cased). */
final class Topics {
  private Topics() {}

  static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._+#-]{0,49}";
  static final String MESSAGE = "must be 1 to 50 letters, digits, spaces or ._+#-";
}
