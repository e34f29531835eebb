package dev.rapport.bench.seed;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * recommendation-service's catalog: courses and discussions whose topics and skills follow the same
 * Zipf law as the members' positionings, written the way the catalog import normalises them.
 */
final class CatalogSeed {

  private static final String[] PROVIDERS = {
    "LINKEDIN_LEARNING", "COURSERA", "UDEMY", "EDX", "OTHER"
  };
  private static final String[] LEVELS = {"BEGINNER", "INTERMEDIATE", "ADVANCED"};
  private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "pt", "es", "fr", "de"};
  private static final String[] STYLES = {
    "Introduction to", "Practical", "Advanced", "Hands-on", "Mastering", "Foundations of"
  };
  private static final String[] KINDS = {"GROUP", "THREAD", "EVENT"};
  private static final String[] COMMUNITIES = {
    "ALUMNI", "DISCIPLINE", "TECHNOLOGY", "INDUSTRY", "LANGUAGE", "HOBBY", "OTHER"
  };
  private static final String[] ACTIVITY = {"LOW", "MEDIUM", "HIGH"};
  private static final Zipf TOPIC = new Zipf(Vocabulary.TOPICS.size(), 1.0);
  private static final Zipf SKILL = new Zipf(Vocabulary.SKILLS.size(), 1.0);
  private static final Zipf SCHOOL = new Zipf(Vocabulary.SCHOOLS.size(), 1.0);

  private final DataSet data;

  CatalogSeed(DataSet data) {
    this.data = data;
  }

  void write(Connection db) throws Exception {
    try (Copy courses =
        new Copy(
            db,
            "course",
            "id, provider, title, url, description, topics, skills, level, duration_minutes,"
                + " language, rating, rating_count, cohort_start, created_at, updated_at, version")) {
      for (int k = 0; k < data.courses; k++) {
        SplittableRandom r = data.random("course", k);
        List<String> topics =
            normalise(Draws.distinct(r, Vocabulary.TOPICS, TOPIC, 1 + r.nextInt(3)));
        List<String> skills =
            normalise(Draws.distinct(r, Vocabulary.SKILLS, SKILL, 1 + r.nextInt(3)));
        String title = STYLES[r.nextInt(STYLES.length)] + " " + capitalise(topics.get(0));
        Instant created = data.anchor.minusSeconds(r.nextInt(3 * 365 * 24 * 3600));
        courses
            .uuid(data.courseIds[k])
            .text(PROVIDERS[r.nextInt(PROVIDERS.length)])
            .text(title)
            .text("https://learn.example.com/courses/" + (k + 1) + "-" + Draws.slug(title))
            .text(
                title
                    + ": "
                    + String.join(", ", skills)
                    + " for professionals and curious learners. Covers "
                    + String.join(", ", topics)
                    + " with exercises and a final project.")
            .array(topics)
            .array(skills)
            .text(LEVELS[r.nextInt(LEVELS.length)])
            .number(30 + 15 * r.nextInt(40))
            .text(LANGUAGES[r.nextInt(LANGUAGES.length)])
            .number(r.nextDouble() < 0.9 ? BigDecimal.valueOf(30 + r.nextInt(21), 1) : null)
            .number((int) Math.floor(Math.exp(r.nextDouble() * Math.log(50000))))
            .instant(
                r.nextDouble() < 0.1 ? data.anchor.plusSeconds(r.nextInt(60 * 24 * 3600)) : null)
            .instant(created)
            .instant(created)
            .number(0);
        courses.endRow();
      }
    }
    try (Copy discussions =
        new Copy(
            db,
            "discussion",
            "id, kind, title, url, description, topics, community, audience, activity_level,"
                + " created_at, updated_at, version")) {
      for (int k = 0; k < data.discussions; k++) {
        SplittableRandom r = data.random("discussion", k);
        List<String> topics =
            normalise(Draws.distinct(r, Vocabulary.TOPICS, TOPIC, 1 + r.nextInt(2)));
        String community = COMMUNITIES[r.nextInt(COMMUNITIES.length)];
        String audience =
            community.equals("ALUMNI")
                ? Vocabulary.SCHOOLS.get(SCHOOL.next(r))
                : r.nextDouble() < 0.5 ? "People working on " + topics.get(0) : null;
        String title =
            (community.equals("ALUMNI") ? audience + " alumni: " : "")
                + capitalise(topics.get(0))
                + " "
                + new String[] {"circle", "forum", "meetup", "study group", "AMA"}[r.nextInt(5)];
        Instant created = data.anchor.minusSeconds(r.nextInt(3 * 365 * 24 * 3600));
        discussions
            .uuid(data.discussionIds[k])
            .text(KINDS[r.nextInt(KINDS.length)])
            .text(title)
            .text("https://community.example.org/d/" + (k + 1) + "-" + Draws.slug(title))
            .text("Members discuss " + String.join(" and ", topics) + ".")
            .array(topics)
            .text(community)
            .text(audience)
            .text(ACTIVITY[r.nextInt(ACTIVITY.length)])
            .instant(created)
            .instant(created)
            .number(0);
        discussions.endRow();
      }
    }
  }

  /** As the catalog import stores topics and skills: lower case, '-' and '_' as spaces. */
  static List<String> normalise(List<String> values) {
    return values.stream()
        .map(
            v ->
                v.toLowerCase().replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ").strip())
        .distinct()
        .toList();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
