package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_AFFILIATION;
import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_COLLABORATIVE;
import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_HIGH_ACTIVITY;
import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_MEDIUM_ACTIVITY;
import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_POPULARITY;
import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_RATING;
import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_SOCIAL;
import static dev.rapport.recommendation.ranking.RankingWeights.ESTIMATE_TOPIC;

import dev.rapport.recommendation.readmodel.ItemType;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Candidate generation in PostgreSQL: a few hundred items the member has not taken or dismissed,
 * gathered from indexes (what connections and similar members took, topic matches, the popular and
 * the best rated), with the social, collaborative and popularity aggregates, ordered by a first
 * relevance estimate; only the best {@code limit} come back for scoring and re-ranking in Java.
 */
@ApplicationScoped
public class CandidateRepository {

  /**
   * Shared by both item types: who the member is close to, and what those members took. Every step
   * reads an index and is bounded, so that no request aggregates a hub's connections, a popular
   * item's engagers or a heavy logger's history in full: at most 200 connections and 100 takes of
   * each; the member's 20 latest items and 100 members who engaged with each (read from covering
   * indexes, V304); 100 peers by topic (of 200 sharing one) and 100 by co-engagement, and 20 items
   * of each.
   */
  private static final String SIGNALS =
      """
      WITH conn AS (
          SELECT other_id FROM rm_connection WHERE member_id = :me ORDER BY other_id LIMIT 200),
      mine AS (
          SELECT item_type, item_id FROM engagement
          WHERE member_id = :me AND action IN ('ENROLLED', 'JOINED', 'CLICKED')
          GROUP BY item_type, item_id
          ORDER BY max(occurred_at) DESC, item_id LIMIT 20),
      excluded AS (
          SELECT item_id FROM engagement
          WHERE member_id = :me AND item_type = :type
            AND action IN ('ENROLLED', 'JOINED', 'DISMISSED')),
      -- Connections see what their connections did not make private; named in name order, with
      -- their ids in the same order.
      social AS (
          SELECT x.item_id, count(*) AS n,
                 array_agg(m.display_name ORDER BY m.display_name, x.member_id)
                     FILTER (WHERE m.display_name IS NOT NULL) AS names,
                 array_agg(x.member_id ORDER BY m.display_name, x.member_id)
                     FILTER (WHERE m.display_name IS NOT NULL) AS name_ids
          FROM (SELECT DISTINCT t.item_id, c.other_id AS member_id
                FROM conn c
                CROSS JOIN LATERAL (
                    SELECT e.item_id FROM engagement e
                    WHERE e.member_id = c.other_id AND e.item_type = :type
                      AND e.action IN ('ENROLLED', 'JOINED') AND e.shared
                    LIMIT 100) t) x
          LEFT JOIN rm_member m ON m.id = x.member_id
          GROUP BY x.item_id),
      -- At most 200 members sharing a topic are weighed, so a topic everyone shares stays cheap.
      peers AS (
          SELECT m.id,
                 (SELECT count(DISTINCT t) FROM unnest(m.topics) t WHERE t = ANY(CAST(:topics AS text[]))) AS w
          FROM (SELECT id, topics FROM rm_member
                WHERE topics && CAST(:topics AS text[]) AND id <> :me LIMIT 200) m
          ORDER BY w DESC, m.id LIMIT 100),
      co AS (
          SELECT t.member_id AS id, count(*) AS w
          FROM mine
          CROSS JOIN LATERAL (
              SELECT e.member_id FROM engagement e
              WHERE e.item_type = mine.item_type AND e.item_id = mine.item_id
                AND e.action IN ('ENROLLED', 'JOINED', 'CLICKED') AND e.member_id <> :me
              LIMIT 100) t
          GROUP BY t.member_id
          ORDER BY w DESC, t.member_id LIMIT 100),
      neighbours AS (
          SELECT id, sum(w) AS w FROM (SELECT id, w FROM peers UNION ALL SELECT id, w FROM co) x
          GROUP BY id),
      collab AS (
          SELECT t.item_id, count(DISTINCT nb.id) AS n, sum(nb.w) AS w
          FROM neighbours nb
          CROSS JOIN LATERAL (
              SELECT e.item_id FROM engagement e
              WHERE e.member_id = nb.id AND e.item_type = :type
                AND e.action IN ('ENROLLED', 'JOINED', 'CLICKED')
              LIMIT 20) t
          GROUP BY t.item_id),
      popular AS (
          SELECT item_id FROM item_popularity
          WHERE item_type = :type ORDER BY members DESC, item_id LIMIT 100)
      """;

  /**
   * The candidates: what connections took, the 300 items neighbours took most, up to 300 courses
   * matching the member's topics (through the GIN indexes), the 100 most popular and the 50 best
   * rated; only these are ranked, never the whole catalog ({@link #candidates}).
   */
  private static final String COURSES =
      SIGNALS
          + candidates(
              """
              (SELECT id, 0, 0, true FROM course
               WHERE topics && CAST(:topics AS text[]) OR skills && CAST(:topics AS text[]) LIMIT 300)
              UNION ALL
              (SELECT id, 0, 0, true FROM course ORDER BY rating DESC NULLS LAST, id LIMIT 50)
              """)
          + """
          SELECT c.id, c.topics, c.skills, c.provider, c.level, c.rating, c.rating_count,
                 c.cohort_start, coalesce(s.n, 0) AS social_n, s.names AS social_names, s.name_ids AS social_ids,
                 k.collab_n, k.collab_w,
                 coalesce(p.members, 0) AS popular
          FROM candidate k
          JOIN course c ON c.id = k.id
          LEFT JOIN social s ON s.item_id = c.id
          LEFT JOIN item_popularity p ON p.item_type = :type AND p.item_id = c.id
          WHERE NOT EXISTS (SELECT 1 FROM excluded x WHERE x.item_id = c.id)
          ORDER BY CAST(:topicWeight AS numeric)
                       * (SELECT count(DISTINCT t) FROM unnest(c.topics || c.skills) t
                          WHERE t = ANY(CAST(:topics AS text[])))
                   + CAST(:socialWeight AS numeric) * coalesce(s.n, 0)
                   + CAST(:collaborativeWeight AS numeric) * ln(1 + k.collab_w)
                   + CAST(:popularityWeight AS numeric) * ln(1 + coalesce(p.members, 0))
                   + CAST(:ratingWeight AS numeric) * coalesce(c.rating, 3) DESC,
                   c.id
          LIMIT :limit
          """;

  /** The same for discussions, with those of the member's organisations and communities. */
  private static final String DISCUSSIONS =
      SIGNALS
          + candidates(
              """
              (SELECT id, 0, 0, true FROM discussion WHERE topics && CAST(:topics AS text[]) LIMIT 300)
              UNION ALL
              (SELECT id, 0, 0, true FROM discussion
               WHERE lower(audience) = ANY(CAST(:affiliations AS text[])) LIMIT 100)
              UNION ALL
              (SELECT id, 0, 0, true FROM discussion
               ORDER BY CASE activity_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, id
               LIMIT 50)
              """)
          + """
          SELECT d.id, d.topics, d.kind, d.community, d.audience, d.activity_level,
                 coalesce(s.n, 0) AS social_n, s.names AS social_names, s.name_ids AS social_ids,
                 k.collab_n, k.collab_w,
                 coalesce(p.members, 0) AS popular
          FROM candidate k
          JOIN discussion d ON d.id = k.id
          LEFT JOIN social s ON s.item_id = d.id
          LEFT JOIN item_popularity p ON p.item_type = :type AND p.item_id = d.id
          WHERE NOT EXISTS (SELECT 1 FROM excluded x WHERE x.item_id = d.id)
          ORDER BY CAST(:topicWeight AS numeric)
                       * (SELECT count(DISTINCT t) FROM unnest(d.topics) t
                          WHERE t = ANY(CAST(:topics AS text[])))
                   + CASE WHEN lower(d.audience) = ANY(CAST(:affiliations AS text[]))
                          THEN CAST(:affiliationWeight AS numeric) ELSE 0 END
                   + CAST(:socialWeight AS numeric) * coalesce(s.n, 0)
                   + CAST(:collaborativeWeight AS numeric) * ln(1 + k.collab_w)
                   + CAST(:popularityWeight AS numeric) * ln(1 + coalesce(p.members, 0))
                   + CASE d.activity_level WHEN 'HIGH' THEN CAST(:highActivityWeight AS numeric)
                                           WHEN 'MEDIUM' THEN CAST(:mediumActivityWeight AS numeric)
                                           ELSE 0 END
                   DESC,
                   d.id
          LIMIT :limit
          """;

  /**
   * The candidate set: what connections took, what neighbours took (the best 300 chosen, every one
   * kept for its aggregates), the popular, and the item type's own sources ({@code ownSources},
   * {@code UNION ALL}ed rows of {@code id, 0, 0, true}). The collaborative aggregates ride along in
   * the same grouped set as the ids (one hash aggregate): joined to the candidates afterwards, the
   * planner estimated one row for them and re-read them for every candidate, 30 ms of a 55 ms
   * request at 100 000 members.
   */
  private static String candidates(String ownSources) {
    return """
        , candidate AS (
            SELECT id, CAST(sum(collab_n) AS bigint) AS collab_n, sum(collab_w) AS collab_w
            FROM (SELECT item_id AS id, 0 AS collab_n, 0 AS collab_w, true AS chosen FROM social
                  UNION ALL
                  SELECT item_id, n, w, row_number() OVER (ORDER BY w DESC, item_id) <= 300 FROM collab
                  UNION ALL SELECT item_id, 0, 0, true FROM popular
                  UNION ALL
        """
        + ownSources
        + """
                  ) x
            GROUP BY id HAVING bool_or(chosen))
        """;
  }

  private final EntityManager em;

  public CandidateRepository(EntityManager em) {
    this.em = em;
  }

  List<CourseCandidate> courseCandidates(UUID member, PositioningDigest me, int limit) {
    return query(COURSES, CandidateRows.CourseRow.class, ItemType.COURSE, member, me, limit)
        .setParameter("ratingWeight", ESTIMATE_RATING.decimal())
        .getResultList()
        .stream()
        .map(row -> ((CandidateRows.CourseRow) row).candidate())
        .toList();
  }

  List<DiscussionCandidate> discussionCandidates(UUID member, PositioningDigest me, int limit) {
    return query(
            DISCUSSIONS, CandidateRows.DiscussionRow.class, ItemType.DISCUSSION, member, me, limit)
        .setParameter("affiliations", me.affiliations().toArray(String[]::new))
        .setParameter("affiliationWeight", ESTIMATE_AFFILIATION.decimal())
        .setParameter("highActivityWeight", ESTIMATE_HIGH_ACTIVITY.decimal())
        .setParameter("mediumActivityWeight", ESTIMATE_MEDIUM_ACTIVITY.decimal())
        .getResultList()
        .stream()
        .map(row -> ((CandidateRows.DiscussionRow) row).candidate())
        .toList();
  }

  /** The parameters both statements take. */
  private Query query(
      String sql, Class<?> row, ItemType type, UUID member, PositioningDigest me, int limit) {
    return em.createNativeQuery(sql, row)
        .setParameter("me", member)
        .setParameter("type", type.name())
        .setParameter("topics", me.topics().toArray(String[]::new))
        .setParameter("limit", limit)
        .setParameter("topicWeight", ESTIMATE_TOPIC.decimal())
        .setParameter("socialWeight", ESTIMATE_SOCIAL.decimal())
        .setParameter("collaborativeWeight", ESTIMATE_COLLABORATIVE.decimal())
        .setParameter("popularityWeight", ESTIMATE_POPULARITY.decimal());
  }
}
