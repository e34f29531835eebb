package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.Sql;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Candidate generation in PostgreSQL: a few hundred items the member has not taken or dismissed,
 * gathered from indexes (what connections and similar members took, topic matches, the popular and
 * the best rated), with the social, collaborative and popularity aggregates, ordered by a first
 * relevance estimate; only the best {@code limit} come back for scoring and re-ranking in Java.
 */
@ApplicationScoped
public class RecommendationRepository {

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
                 cardinality(ARRAY(SELECT unnest(m.topics) INTERSECT SELECT unnest(:topics))) AS w
          FROM (SELECT id, topics FROM rm_member
                WHERE topics && :topics AND id <> :me LIMIT 200) m
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
   * rated; only these are ranked, never the whole catalog.
   */
  private static final String COURSES =
      SIGNALS
          + """
          , candidate AS (
              SELECT item_id AS id FROM social
              UNION (SELECT item_id FROM collab ORDER BY w DESC, item_id LIMIT 300)
              UNION SELECT item_id FROM popular
              UNION (SELECT id FROM course WHERE topics && :topics OR skills && :topics LIMIT 300)
              UNION (SELECT id FROM course ORDER BY rating DESC NULLS LAST, id LIMIT 50))
          SELECT c.id, c.topics, c.skills, c.provider, c.level, c.rating, c.rating_count,
                 c.cohort_start, coalesce(s.n, 0) AS social_n, s.names AS social_names, s.name_ids AS social_ids,
                 coalesce(cb.n, 0) AS collab_n, coalesce(cb.w, 0) AS collab_w,
                 coalesce(p.members, 0) AS popular
          FROM candidate k
          JOIN course c ON c.id = k.id
          LEFT JOIN social s ON s.item_id = c.id
          LEFT JOIN collab cb ON cb.item_id = c.id
          LEFT JOIN item_popularity p ON p.item_type = :type AND p.item_id = c.id
          WHERE NOT EXISTS (SELECT 1 FROM excluded x WHERE x.item_id = c.id)
          ORDER BY 3 * cardinality(ARRAY(SELECT unnest(c.topics || c.skills)
                                         INTERSECT SELECT unnest(:topics)))
                   + 2 * coalesce(s.n, 0) + ln(1 + coalesce(cb.w, 0))
                   + 0.5 * ln(1 + coalesce(p.members, 0)) + coalesce(c.rating, 3) / 5.0 DESC,
                   c.id
          LIMIT :limit
          """;

  /** The same for discussions, with those of the member's organisations and communities. */
  private static final String DISCUSSIONS =
      SIGNALS
          + """
          , candidate AS (
              SELECT item_id AS id FROM social
              UNION (SELECT item_id FROM collab ORDER BY w DESC, item_id LIMIT 300)
              UNION SELECT item_id FROM popular
              UNION (SELECT id FROM discussion WHERE topics && :topics LIMIT 300)
              UNION (SELECT id FROM discussion WHERE lower(audience) = ANY(:affiliations) LIMIT 100)
              UNION (SELECT id FROM discussion
                     ORDER BY CASE activity_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END,
                              id
                     LIMIT 50))
          SELECT d.id, d.topics, d.kind, d.community, d.audience, d.activity_level,
                 coalesce(s.n, 0) AS social_n, s.names AS social_names, s.name_ids AS social_ids,
                 coalesce(cb.n, 0) AS collab_n, coalesce(cb.w, 0) AS collab_w,
                 coalesce(p.members, 0) AS popular
          FROM candidate k
          JOIN discussion d ON d.id = k.id
          LEFT JOIN social s ON s.item_id = d.id
          LEFT JOIN collab cb ON cb.item_id = d.id
          LEFT JOIN item_popularity p ON p.item_type = :type AND p.item_id = d.id
          WHERE NOT EXISTS (SELECT 1 FROM excluded x WHERE x.item_id = d.id)
          ORDER BY 3 * cardinality(ARRAY(SELECT unnest(d.topics) INTERSECT SELECT unnest(:topics)))
                   + CASE WHEN lower(d.audience) = ANY(:affiliations) THEN 4 ELSE 0 END
                   + 2 * coalesce(s.n, 0) + ln(1 + coalesce(cb.w, 0))
                   + 0.5 * ln(1 + coalesce(p.members, 0))
                   + CASE d.activity_level WHEN 'HIGH' THEN 0.6 WHEN 'MEDIUM' THEN 0.3 ELSE 0 END
                   DESC,
                   d.id
          LIMIT :limit
          """;

  private final Sql sql;

  public RecommendationRepository(Sql sql) {
    this.sql = sql;
  }

  List<Candidate> courseCandidates(UUID member, PositioningDigest me, int limit) {
    return sql.queryNamed(
        COURSES, params(member, "COURSE", me, limit), RecommendationRepository::course);
  }

  List<Candidate> discussionCandidates(UUID member, PositioningDigest me, int limit) {
    return sql.queryNamed(
        DISCUSSIONS, params(member, "DISCUSSION", me, limit), RecommendationRepository::discussion);
  }

  private static Map<String, Object> params(
      UUID member, String type, PositioningDigest me, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("me", member);
    p.put("type", type);
    p.put("topics", me.topics().toArray(String[]::new));
    p.put("affiliations", me.affiliations().toArray(String[]::new));
    p.put("limit", limit);
    return p;
  }

  private static Candidate course(ResultSet rs) throws SQLException {
    return new Candidate(
        rs.getObject("id", UUID.class),
        Sql.texts(rs, "topics"),
        Sql.texts(rs, "skills"),
        rs.getString("provider"),
        rs.getString("level"),
        rs.getBigDecimal("rating"),
        rs.getInt("rating_count"),
        Sql.instant(rs, "cohort_start"),
        null,
        null,
        null,
        null,
        rs.getInt("social_n"),
        Sql.texts(rs, "social_names"),
        rs.getInt("collab_n"),
        rs.getDouble("collab_w"),
        rs.getInt("popular"),
        Sql.uuids(rs, "social_ids"));
  }

  private static Candidate discussion(ResultSet rs) throws SQLException {
    return new Candidate(
        rs.getObject("id", UUID.class),
        Sql.texts(rs, "topics"),
        List.of(),
        null,
        null,
        null,
        0,
        null,
        rs.getString("kind"),
        rs.getString("community"),
        rs.getString("audience"),
        rs.getString("activity_level"),
        rs.getInt("social_n"),
        Sql.texts(rs, "social_names"),
        rs.getInt("collab_n"),
        rs.getDouble("collab_w"),
        rs.getInt("popular"),
        Sql.uuids(rs, "social_ids"));
  }

  // --- study buddies and share targets ---------------------------------------------------------

  /** A member who might join the asker, with what the read model may say about them. */
  record Person(
      UUID id,
      String displayName,
      String headline,
      boolean connected,
      List<String> sharedTopics,
      List<String> goalTopics,
      List<String> recentTopics,
      boolean enrolled) {}

  List<Person> studyBuddies(UUID member, UUID course, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("me", member);
    p.put("course", course);
    p.put("limit", limit);
    return sql.queryNamed(
        """
        WITH c AS (SELECT topics || skills AS t FROM course WHERE id = :course),
        conn AS (
            SELECT other_id FROM rm_connection WHERE member_id = :me ORDER BY other_id LIMIT 500),
        -- Who may be named, from three indexed sources, each bounded: the member's connections,
        -- members whose enrolment in the course the caller may see (an enrolment is named to the
        -- member's connections unless private, to anyone if public), and members whose public
        -- topics meet the course's.
        candidate AS (
            SELECT other_id AS id FROM conn
            UNION (SELECT e.member_id FROM engagement e
                   WHERE e.item_type = 'COURSE' AND e.item_id = :course AND e.action = 'ENROLLED'
                     AND e.shared AND e.member_id <> :me
                     AND (e.public OR EXISTS (SELECT 1 FROM rm_connection r
                                              WHERE r.member_id = :me AND r.other_id = e.member_id))
                   LIMIT 500)
            UNION (SELECT id FROM rm_member
                   WHERE public_topics && (SELECT t FROM c) AND id <> :me LIMIT 500))
        SELECT m.id, m.display_name, m.headline, k.connected,
               ARRAY(SELECT unnest(v.topics) INTERSECT SELECT unnest((SELECT t FROM c))) AS shared,
               ARRAY(SELECT unnest(v.goals) INTERSECT SELECT unnest((SELECT t FROM c))) AS goals,
               ARRAY[]::text[] AS recent,
               EXISTS (SELECT 1 FROM engagement e
                       WHERE e.member_id = m.id AND e.item_type = 'COURSE' AND e.item_id = :course
                         AND e.action = 'ENROLLED' AND e.shared AND (e.public OR k.connected))
                   AS enrolled
        FROM candidate
        JOIN rm_member m ON m.id = candidate.id
        CROSS JOIN LATERAL (
            SELECT EXISTS (SELECT 1 FROM rm_connection r
                           WHERE r.member_id = :me AND r.other_id = m.id) AS connected) k
        -- what this caller may see of the member: the connections' view or the public one
        CROSS JOIN LATERAL (
            SELECT CASE WHEN k.connected THEN m.shared_topics ELSE m.public_topics END AS topics,
                   CASE WHEN k.connected THEN m.shared_goal_topics ELSE m.public_goal_topics END
                       AS goals) v
        WHERE m.id <> :me
        ORDER BY k.connected DESC,
                 cardinality(ARRAY(SELECT unnest(v.topics)
                                   INTERSECT SELECT unnest((SELECT t FROM c)))) DESC,
                 m.id
        LIMIT :limit
        """,
        p,
        RecommendationRepository::person);
  }

  List<Person> shareTargets(UUID member, String[] topics, Instant recentSince, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("me", member);
    p.put("topics", topics);
    p.put("since", recentSince);
    p.put("limit", limit);
    return sql.queryNamed(
        """
        SELECT m.id, m.display_name, m.headline, true AS connected,
               ARRAY(SELECT unnest(m.shared_topics) INTERSECT SELECT unnest(:topics)) AS shared,
               ARRAY(SELECT unnest(m.shared_goal_topics) INTERSECT SELECT unnest(:topics))
                   AS goals,
               ARRAY(SELECT DISTINCT t
                     FROM (SELECT a.topics FROM rm_activity a
                           -- the member's recent activities by their index, never the topic
                           -- index (which holds every member's activities on a popular topic)
                           WHERE a.member_id = m.id AND a.shared AND a.occurred_at >= :since
                             AND coalesce(a.topics && :topics, false)
                           ORDER BY a.occurred_at DESC LIMIT 50) a,
                          unnest(a.topics) t
                     WHERE t = ANY(:topics)) AS recent,
               false AS enrolled
        FROM (SELECT other_id FROM rm_connection WHERE member_id = :me ORDER BY other_id LIMIT 2000) c
        JOIN rm_member m ON m.id = c.other_id
        WHERE m.shared_topics && :topics
           OR EXISTS (SELECT 1 FROM rm_activity a
                      WHERE a.member_id = m.id AND a.shared AND a.occurred_at >= :since
                        AND coalesce(a.topics && :topics, false))
        ORDER BY cardinality(ARRAY(SELECT unnest(m.shared_topics) INTERSECT SELECT unnest(:topics)))
                     DESC,
                 m.id
        LIMIT :limit
        """,
        p,
        RecommendationRepository::person);
  }

  private static Person person(ResultSet rs) throws SQLException {
    return new Person(
        rs.getObject("id", UUID.class),
        rs.getString("display_name"),
        rs.getString("headline"),
        rs.getBoolean("connected"),
        Sql.texts(rs, "shared"),
        Sql.texts(rs, "goals"),
        Sql.texts(rs, "recent"),
        rs.getBoolean("enrolled"));
  }
}
