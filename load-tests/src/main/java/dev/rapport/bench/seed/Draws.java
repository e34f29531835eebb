package dev.rapport.bench.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the row generators share: one value of a list, distinct words by a Zipf law, the earlier of
 * two instants, and the slugs their URLs are made of.
 */
final class Draws {

  private Draws() {}

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** Up to {@code count} distinct words, in the order drawn (ten tries a word at most). */
  static List<String> distinct(SplittableRandom r, List<String> vocabulary, Zipf zipf, int count) {
    Set<String> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < count && tries < count * 10; tries++) {
      out.add(vocabulary.get(zipf.next(r)));
    }
    return new ArrayList<>(out);
  }

  /**
   * Lower case, every run of other characters than letters and digits one '-', none at the ends.
   */
  static String slug(String text) {
    return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
