package dev.rapport.recommendation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Topics, skills and names compare by their normalised form: lower case, hyphens and underscores as
 * spaces, single spaces. "Data-Engineering" in a positioning matches "data engineering" on a
 * course.
 */
public final class Topics {

  private Topics() {}

  public static String normalise(String topic) {
    if (topic == null) {
      return null;
    }
    String n =
        topic.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
    n = n.strip();
    return n.isEmpty() ? null : n;
  }

  /** Normalised, de-duplicated, in first-seen order. */
  public static List<String> normalise(Collection<String> topics) {
    if (topics == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    topics.stream().map(Topics::normalise).filter(Objects::nonNull).forEach(out::add);
    return List.copyOf(out);
  }

  public static String[] array(Collection<String> topics) {
    return normalise(topics).toArray(String[]::new);
  }
}
