package dev.rapport.recommendation.readmodel;

import dev.rapport.recommendation.client.ConnectionData;
import dev.rapport.recommendation.client.MemberProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model's members: {@code rm_member} (names, positionings and their digests), {@code
 * rm_connection} (accepted connections, both directions) and {@code erased_member}. Writes are
 * set-based upserts of a whole page, taken as one JSON array; an erased member is never written
 * again.
 */
@ApplicationScoped
public class MemberRepository {

  /** A member's name and headline, from a MEMBER upsert. */
  record MemberRow(UUID id, String displayName, String headline) {}

  /**
   * A positioning to store: {@code seedOnly} when it came with a MEMBER change, which only fills a
   * positioning the read model does not have yet (POSITIONING changes carry the visibility map).
   */
  record PositioningRow(UUID id, MemberProfile.Positioning positioning, boolean seedOnly) {}

  /** The export's view of one rm_member row. */
  record StoredMember(
      String displayName,
      String headline,
      Instant updatedAt,
      String positioning,
      String[] interests,
      String[] growSkills,
      String[] expertSkills,
      String[] goalTopics,
      String[] affiliations,
      String[] topics,
      String[] sharedTopics,
      String[] publicTopics,
      String[] sharedGoalTopics,
      String[] publicGoalTopics) {}

  private final EntityManager em;
  private final JsonRows json;

  public MemberRepository(EntityManager em, JsonRows json) {
    this.em = em;
    this.json = json;
  }

  void upsertMembers(List<MemberRow> members, Instant now) {
    if (members.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MemberRow m : members) {
      Map<String, Object> r = new HashMap<>();
      r.put("id", m.id());
      r.put("display_name", m.displayName());
      r.put("headline", m.headline());
      rows.add(r);
    }
    em.createNativeQuery(
            """
            INSERT INTO rm_member (id, display_name, headline, updated_at)
            SELECT x.id, x.display_name, x.headline, :now
            FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                AS x(id uuid, display_name varchar, headline varchar)
            WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.id)
            ORDER BY x.id
            ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name,
                headline = EXCLUDED.headline, updated_at = EXCLUDED.updated_at
            """)
        .setParameter("now", now)
        .setParameter("rows", json.write(rows))
        .executeUpdate();
  }

  /** Positionings replace the stored one; seeds (see {@link PositioningRow}) only fill a gap. */
  void upsertPositionings(List<PositioningRow> positionings, Instant now) {
    for (boolean seedOnly : new boolean[] {false, true}) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PositioningRow p : positionings) {
        if (p.seedOnly() == seedOnly) {
          rows.add(positioningRow(p.id(), p.positioning()));
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      em.createNativeQuery(
              """
              INSERT INTO rm_member (id, positioning, interests, grow_skills, expert_skills,
                  goal_topics, affiliations, topics, shared_topics, public_topics,
                  shared_goal_topics, public_goal_topics, updated_at)
              SELECT x.id, x.positioning, x.interests, x.grow_skills, x.expert_skills,
                  x.goal_topics, x.affiliations, x.topics, x.shared_topics, x.public_topics,
                  x.shared_goal_topics, x.public_goal_topics, :now
              FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, positioning jsonb,
                  interests text[], grow_skills text[], expert_skills text[], goal_topics text[],
                  affiliations text[], topics text[], shared_topics text[], public_topics text[],
                  shared_goal_topics text[], public_goal_topics text[])
              WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.id)
              ORDER BY x.id
              ON CONFLICT (id) DO UPDATE SET positioning = EXCLUDED.positioning,
                  interests = EXCLUDED.interests, grow_skills = EXCLUDED.grow_skills,
                  expert_skills = EXCLUDED.expert_skills, goal_topics = EXCLUDED.goal_topics,
                  affiliations = EXCLUDED.affiliations, topics = EXCLUDED.topics,
                  shared_topics = EXCLUDED.shared_topics, public_topics = EXCLUDED.public_topics,
                  shared_goal_topics = EXCLUDED.shared_goal_topics,
                  public_goal_topics = EXCLUDED.public_goal_topics,
                  updated_at = EXCLUDED.updated_at
              WHERE NOT CAST(:seedOnly AS boolean) OR rm_member.positioning IS NULL
              """)
          .setParameter("now", now)
          .setParameter("rows", json.write(rows))
          .setParameter("seedOnly", seedOnly)
          .executeUpdate();
    }
  }

  private static Map<String, Object> positioningRow(UUID id, MemberProfile.Positioning p) {
    PositioningDigest d = PositioningDigest.of(p);
    Map<String, Object> r = new HashMap<>();
    r.put("id", id);
    r.put("positioning", p);
    r.put("interests", d.interests());
    r.put("grow_skills", d.growSkills());
    r.put("expert_skills", d.expertSkills());
    r.put(
        "goal_topics",
        d.goals().stream().map(PositioningDigest.GoalTopic::topic).filter(t -> t != null).toList());
    r.put("affiliations", d.affiliations());
    r.put("topics", d.topics());
    r.put("shared_topics", d.sharedTopics());
    r.put("public_topics", d.publicTopics());
    r.put("shared_goal_topics", d.sharedGoalTopics());
    r.put("public_goal_topics", d.publicGoalTopics());
    return r;
  }

  Optional<MemberProfile.Positioning> positioning(UUID id) {
    return em
        .createNativeQuery(
            "SELECT positioning::text FROM rm_member WHERE id = :id AND positioning IS NOT NULL",
            String.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst()
        .map(raw -> json.read((String) raw, MemberProfile.Positioning.class));
  }

  Optional<StoredMember> stored(UUID id) {
    return em
        .createNativeQuery(
            """
            SELECT display_name, headline, updated_at, positioning::text, interests, grow_skills,
                expert_skills, goal_topics, affiliations, topics, shared_topics, public_topics,
                shared_goal_topics, public_goal_topics
            FROM rm_member WHERE id = :id
            """,
            StoredMember.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst()
        .map(StoredMember.class::cast);
  }

  /** The id is remembered so that no later or replayed change brings the member back. */
  void markErased(UUID id, Instant now) {
    em.createNativeQuery(
            "INSERT INTO erased_member (member_id, erased_at) VALUES (:id, :now)"
                + " ON CONFLICT DO NOTHING")
        .setParameter("id", id)
        .setParameter("now", now)
        .executeUpdate();
  }

  void deleteConnectionsOf(UUID id) {
    em.createNativeQuery("DELETE FROM rm_connection WHERE member_id = :id OR other_id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  void delete(UUID id) {
    em.createNativeQuery("DELETE FROM rm_member WHERE id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  /**
   * Replaces the connections named by id with their latest state: accepted ones stored in both
   * directions, any other state (or a delete, {@code null}) removed.
   */
  void applyConnections(Map<UUID, ConnectionData> connections) {
    if (connections.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "DELETE FROM rm_connection WHERE connection_id = ANY(CAST(:ids AS uuid[]))")
        .setParameter("ids", connections.keySet().toArray(UUID[]::new))
        .executeUpdate();
    List<Map<String, Object>> rows = new ArrayList<>();
    connections.forEach(
        (id, data) -> {
          if (data != null
              && data.accepted()
              && data.requesterId() != null
              && data.addresseeId() != null) {
            rows.add(Map.of("c", id, "m", data.requesterId(), "o", data.addresseeId()));
            rows.add(Map.of("c", id, "m", data.addresseeId(), "o", data.requesterId()));
          }
        });
    if (!rows.isEmpty()) {
      em.createNativeQuery(
              """
              INSERT INTO rm_connection (connection_id, member_id, other_id)
              SELECT x.c, x.m, x.o
              FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(c uuid, m uuid, o uuid)
              WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.m)
                AND NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.o)
              ON CONFLICT (connection_id, member_id) DO UPDATE SET other_id = EXCLUDED.other_id
              """)
          .setParameter("rows", json.write(rows))
          .executeUpdate();
    }
  }

  List<MemberExport.Connection> connectionsOf(UUID id) {
    return em
        .createNativeQuery(
            """
            SELECT connection_id, other_id FROM rm_connection
            WHERE member_id = :id ORDER BY other_id, connection_id
            """,
            MemberExport.Connection.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .map(MemberExport.Connection.class::cast)
        .toList();
  }
}
