package dev.rapport.recommendation.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Study buddies and share targets from the read model: members the asker may be shown, each with
 * only what that asker may see of them (the connections' view or the public one).
 */
@ApplicationScoped
public class PeopleRepository {

  private final EntityManager em;

  public PeopleRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * A member who might join the asker, with what the read model may say about them: the topics
   * shared with the asker, goals in them, recent activity in them, and whether already enrolled.
   */
  record Person(
      UUID id,
      String displayName,
      String headline,
      Boolean connected,
      String[] sharedTopics,
      String[] goalTopics,
      String[] recentTopics,
      Boolean enrolled) {}

  List<Person> studyBuddies(UUID member, UUID course, int limit) {
    return people(
        em.createNativeQuery(
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
                Person.class)
            .setParameter("me", member)
            .setParameter("course", course)
            .setParameter("limit", limit));
  }

  List<Person> shareTargets(UUID member, String[] topics, Instant recentSince, int limit) {
    return people(
        em.createNativeQuery(
                """
        SELECT m.id, m.display_name, m.headline, true AS connected,
               ARRAY(SELECT unnest(m.shared_topics) INTERSECT SELECT unnest(CAST(:topics AS text[]))) AS shared,
               ARRAY(SELECT unnest(m.shared_goal_topics) INTERSECT SELECT unnest(CAST(:topics AS text[])))
                   AS goals,
               ARRAY(SELECT DISTINCT t
                     FROM (SELECT a.topics FROM rm_activity a
                           -- the member's recent activities by their index, never the topic
                           -- index (which holds every member's activities on a popular topic)
                           WHERE a.member_id = m.id AND a.shared AND a.occurred_at >= CAST(:since AS timestamptz)
                             AND coalesce(a.topics && CAST(:topics AS text[]), false)
                           ORDER BY a.occurred_at DESC LIMIT 50) a,
                          unnest(a.topics) t
                     WHERE t = ANY(CAST(:topics AS text[]))) AS recent,
               false AS enrolled
        FROM (SELECT other_id FROM rm_connection WHERE member_id = :me ORDER BY other_id LIMIT 2000) c
        JOIN rm_member m ON m.id = c.other_id
        WHERE m.shared_topics && CAST(:topics AS text[])
           OR EXISTS (SELECT 1 FROM rm_activity a
                      WHERE a.member_id = m.id AND a.shared AND a.occurred_at >= CAST(:since AS timestamptz)
                        AND coalesce(a.topics && CAST(:topics AS text[]), false))
        ORDER BY cardinality(ARRAY(SELECT unnest(m.shared_topics) INTERSECT SELECT unnest(CAST(:topics AS text[]))))
                     DESC,
                 m.id
        LIMIT :limit
        """,
                Person.class)
            .setParameter("me", member)
            .setParameter("topics", topics)
            .setParameter("since", recentSince)
            .setParameter("limit", limit));
  }

  private static List<Person> people(Query query) {
    return query.getResultList().stream().map(Person.class::cast).toList();
  }
}
