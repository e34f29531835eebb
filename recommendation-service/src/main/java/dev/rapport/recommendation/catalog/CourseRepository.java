package dev.rapport.recommendation.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

  List<SqlSearch.Hit> search(
      String q, String topic, Provider provider, Level level, PageCursor after, int limit) {
    SqlSearch search = new SqlSearch("course");
    if (topic != null) {
      search.where("t.topics @> ARRAY[?]::text[]", topic);
    }
    if (provider != null) {
      search.where("t.provider = ?", provider.name());
    }
    if (level != null) {
      search.where("t.level = ?", level.name());
    }
    return getEntityManager()
        .unwrap(Session.class)
        .doReturningWork(connection -> search.run(connection, q, after, limit));
  }

  List<Course> byIds(List<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  /** Inserts or updates one course by url; answers what happened. */
  ImportOutcome upsertByUrl(Course c, Instant now) {
    String sql =
        """
        INSERT INTO course (id, provider, title, url, description, topics, skills, level,
            duration_minutes, language, rating, rating_count, cohort_start, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
    return getEntityManager()
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, c.provider.name());
                s.setString(3, c.title);
                s.setString(4, c.url);
                s.setString(5, c.description);
                s.setArray(6, connection.createArrayOf("text", c.topics));
                s.setArray(7, connection.createArrayOf("text", c.skills));
                s.setString(8, c.level.name());
                s.setInt(9, c.durationMinutes);
                s.setString(10, c.language);
                s.setBigDecimal(11, c.rating);
                s.setInt(12, c.ratingCount);
                if (c.cohortStart == null) {
                  s.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                  s.setTimestamp(13, Timestamp.from(c.cohortStart));
                }
                s.setTimestamp(14, Timestamp.from(now));
                s.setTimestamp(15, Timestamp.from(now));
                try (ResultSet rs = s.executeQuery()) {
                  if (!rs.next()) {
                    return ImportOutcome.UNCHANGED;
                  }
                  return rs.getBoolean(1) ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
                }
              }
            });
  }

  enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }
}
