package dev.rapport.recommendation.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

  private static final String UPSERT_BY_URL =
      """
      INSERT INTO course (id, provider, title, url, description, topics, skills, level,
          duration_minutes, language, rating, rating_count, cohort_start, created_at, updated_at)
      VALUES (:id, :provider, :title, :url, CAST(:description AS text), CAST(:topics AS text[]),
          CAST(:skills AS text[]), :level, :durationMinutes, :language,
          CAST(:rating AS numeric), :ratingCount, CAST(:cohortStart AS timestamptz), :now, :now)
      ON CONFLICT (url) DO UPDATE SET provider = EXCLUDED.provider, title = EXCLUDED.title,
          description = EXCLUDED.description, topics = EXCLUDED.topics, skills = EXCLUDED.skills,
          level = EXCLUDED.level, duration_minutes = EXCLUDED.duration_minutes,
          language = EXCLUDED.language, rating = EXCLUDED.rating,
          rating_count = EXCLUDED.rating_count, cohort_start = EXCLUDED.cohort_start,
          updated_at = EXCLUDED.updated_at, version = course.version + 1
      WHERE (course.provider, course.title, course.description, course.topics, course.skills,
             course.level, course.duration_minutes, course.language, course.rating,
             course.rating_count, course.cohort_start)
        IS DISTINCT FROM
            (EXCLUDED.provider, EXCLUDED.title, EXCLUDED.description, EXCLUDED.topics,
             EXCLUDED.skills, EXCLUDED.level, EXCLUDED.duration_minutes, EXCLUDED.language,
             EXCLUDED.rating, EXCLUDED.rating_count, EXCLUDED.cohort_start)
      RETURNING (xmax = 0)
      """;

  List<CatalogSearch.Hit> search(
      String q, String topic, Provider provider, Level level, PageCursor after, int limit) {
    return CatalogSearch.COURSE.run(getEntityManager(), q, topic, provider, level, after, limit);
  }

  List<Course> byIds(List<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in :ids", Parameters.with("ids", ids));
  }

  /** Inserts or updates one course by url; answers what happened. */
  ImportOutcome upsertByUrl(Course c, Instant now) {
    List<?> inserted =
        getEntityManager()
            .createNativeQuery(UPSERT_BY_URL, Boolean.class)
            .setParameter("id", UUID.randomUUID())
            .setParameter("provider", c.provider.name())
            .setParameter("title", c.title)
            .setParameter("url", c.url)
            .setParameter("description", c.description)
            .setParameter("topics", c.topics)
            .setParameter("skills", c.skills)
            .setParameter("level", c.level.name())
            .setParameter("durationMinutes", c.durationMinutes)
            .setParameter("language", c.language)
            .setParameter("rating", c.rating)
            .setParameter("ratingCount", c.ratingCount)
            .setParameter("cohortStart", c.cohortStart)
            .setParameter("now", now)
            .getResultList();
    if (inserted.isEmpty()) {
      return ImportOutcome.UNCHANGED;
    }
    return Boolean.TRUE.equals(inserted.get(0)) ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
  }

  enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }
}
