package dev.rapport.bench.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words the data set is made of, read at start from the word lists in {@code vocabulary/*.txt}
 * beside this class (one word a line, in draw order). Real names first, then numbered variants, so
 * a Zipf draw hits the real ones most and the long tail stays distinct. Everything is lower case
 * where the services compare normalised values (topics, skills), and spelled as people type it
 * elsewhere.
 */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> TOPICS = grow(words("topics"), 2000);
  static final List<String> SKILLS = grow(words("skills"), 1200);
  static final List<String> SCHOOLS = grow(words("schools"), 1500);
  static final List<String> ORGANIZATIONS = grow(words("organizations"), 5000);
  static final List<String> COMMUNITIES = grow(words("communities"), 800);
  static final List<String> HOBBIES = grow(words("hobbies"), 300);
  static final List<String> FIRST_NAMES = words("first-names");
  static final List<String> LAST_NAMES = words("last-names");

  /** City and IANA time zone (a tab between them in the list). */
  static final List<String[]> CITIES =
      words("cities").stream().map(Vocabulary::cityAndZone).toList();

  static final List<String> ROLES = words("roles");
  static final List<String> DEGREES = words("degrees");

  /** The base words, then "word 2", "word 3"… until there are {@code size}. */
  private static List<String> grow(List<String> base, int size) {
    List<String> all = new ArrayList<>(size);
    all.addAll(base);
    for (int round = 2; all.size() < size; round++) {
      for (int i = 0; i < base.size() && all.size() < size; i++) {
        all.add(base.get(i) + " " + round);
      }
    }
    return List.copyOf(all);
  }

  private static String[] cityAndZone(String line) {
    int tab = line.indexOf('\t');
    return new String[] {line.substring(0, tab), line.substring(tab + 1)};
  }

  /** One word list, a word a line. */
  private static List<String> words(String list) {
    String file = "vocabulary/" + list + ".txt";
    try (InputStream in = Vocabulary.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing beside " + Vocabulary.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
