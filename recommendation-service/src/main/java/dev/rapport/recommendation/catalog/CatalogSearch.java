package dev.rapport.recommendation.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The keyset search both catalog tables share. Without {@code q} rows come by title; with it, by
 * relevance (full-text rank plus trigram similarity of the title, rounded so the cursor compares
 * exactly), then id. Each filter (a topic, and two columns of the table's own) applies when given.
 * Only ids and sort keys come back; the page's entities are loaded by id.
 *
 * <p>Each table has its two complete statements, written out once here when the class loads: the
 * table and its filter columns are this enum's constants, never a caller's input.
 */
enum CatalogSearch {
  COURSE("course", "provider", "level"),
  DISCUSSION("discussion", "kind", "community");

  /** One row: the id and the sort key, as text (a title in lower case, or a rounded rank). */
  record Hit(UUID id, String key) {}

  /**
   * The filters, each applying when its parameter is not null: the topic, and the table's two own
   * columns ({@code %2$s} and {@code %3$s}, each compared to the parameter of its name).
   */
  private static final String FILTERS =
      """
      (CAST(:topic AS text) IS NULL OR t.topics @> ARRAY[CAST(:topic AS text)])
            AND (CAST(:%2$s AS text) IS NULL OR t.%2$s = CAST(:%2$s AS text))
            AND (CAST(:%3$s AS text) IS NULL OR t.%3$s = CAST(:%3$s AS text))""";

  /** By title, in the order of the index on {@code (lower(title), id)}; {@code %1$s} the table. */
  private static final String BY_TITLE =
      """
      SELECT id, sort_key FROM (
          SELECT t.id, lower(t.title) AS sort_key FROM %1$s t
          WHERE\s"""
          + FILTERS
          + """
      ) s
      WHERE CAST(:afterKey AS text) IS NULL
         OR (sort_key, id) > (CAST(:afterKey AS text), CAST(:afterId AS uuid))
      ORDER BY sort_key, id
      LIMIT :limit
      """;

  /** By relevance to {@code :q} (full text, trigram or substring of the title matching). */
  private static final String BY_RELEVANCE =
      """
      SELECT id, sort_key::text FROM (
          SELECT t.id,
                 round(cast(ts_rank(t.search, websearch_to_tsquery('english', :q))
                            + similarity(t.title, :q) AS numeric), 6) AS sort_key
          FROM %1$s t
          WHERE (t.search @@ websearch_to_tsquery('english', :q) OR t.title %% :q
                 OR t.title ILIKE :pattern)
            AND\s"""
          + FILTERS
          + """
      ) s
      WHERE CAST(:afterKey AS numeric) IS NULL
         OR sort_key < CAST(:afterKey AS numeric)
         OR (sort_key = CAST(:afterKey AS numeric) AND id > CAST(:afterId AS uuid))
      ORDER BY sort_key DESC, id
      LIMIT :limit
      """;

  private final String first;
  private final String second;
  private final String byTitle;
  private final String byRelevance;

  CatalogSearch(String table, String first, String second) {
    this.first = first;
    this.second = second;
    this.byTitle = BY_TITLE.formatted(table, first, second);
    this.byRelevance = BY_RELEVANCE.formatted(table, first, second);
  }

  /**
   * One page of hits (and one more, when {@code limit} asks for it): by relevance when there is a
   * {@code q}, by title otherwise; {@code firstValue} and {@code secondValue} filter the table's
   * two columns when not null.
   */
  List<Hit> run(
      EntityManager em,
      String q,
      String topic,
      Enum<?> firstValue,
      Enum<?> secondValue,
      PageCursor after,
      int limit) {
    Query query;
    if (q != null) {
      query =
          em.createNativeQuery(byRelevance, Hit.class)
              .setParameter("q", q)
              .setParameter("pattern", "%" + escapeLike(q) + "%")
              .setParameter("afterKey", after == null ? null : new BigDecimal(after.key()));
    } else {
      query =
          em.createNativeQuery(byTitle, Hit.class)
              .setParameter("afterKey", after == null ? null : after.key());
    }
    List<?> hits =
        query
            .setParameter("topic", topic)
            .setParameter(first, firstValue == null ? null : firstValue.name())
            .setParameter(second, secondValue == null ? null : secondValue.name())
            .setParameter("afterId", after == null ? null : after.id())
            .setParameter("limit", limit)
            .getResultList();
    return hits.stream().map(Hit.class::cast).toList();
  }

  private static String escapeLike(String q) {
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
