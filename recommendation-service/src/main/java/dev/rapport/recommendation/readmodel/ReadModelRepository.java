package dev.rapport.recommendation.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.recommendation.Sql;
import dev.rapport.recommendation.client.ActivityData;
import dev.rapport.recommendation.client.ConnectionData;
import dev.rapport.recommendation.client.MemberProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Writes and reads the read model's tables; every write is an idempotent upsert or delete. */
@ApplicationScoped
public class ReadModelRepository {

  private final Sql sql;
  private final ObjectMapper json;

  public ReadModelRepository(Sql sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  // --- set-based writes: each takes a whole page's worth of rows as one JSON array --------------

  /** A member's name and headline, from a MEMBER upsert. */
  record MemberRow(UUID id, String displayName, String headline) {}

  /**
   * A positioning to store: {@code seedOnly} when it came with a MEMBER change, which only fills a
   * positioning the read model does not have yet (POSITIONING changes carry the visibility map).
   */
  record PositioningRow(UUID id, MemberProfile.Positioning positioning, boolean seedOnly) {}

  /** An activity's latest state; {@code data} null when it was deleted. */
  record ActivityRow(UUID id, UUID memberId, ActivityData data, Instant changedAt) {}

  record ItemRef(String type, UUID id) {}

  record TakeKey(UUID memberId, String itemType, UUID itemId) {}

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
    sql.update(
        """
        INSERT INTO rm_member (id, display_name, headline, updated_at)
        SELECT x.id, x.display_name, x.headline, ?
        FROM jsonb_to_recordset(CAST(? AS jsonb))
            AS x(id uuid, display_name varchar, headline varchar)
        WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.id)
        ORDER BY x.id
        ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name,
            headline = EXCLUDED.headline, updated_at = EXCLUDED.updated_at
        """,
        now,
        write(rows));
  }

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
      sql.update(
          """
          INSERT INTO rm_member (id, positioning, interests, grow_skills, expert_skills,
              goal_topics, affiliations, topics, shared_topics, public_topics,
              shared_goal_topics, public_goal_topics, updated_at)
          SELECT x.id, x.positioning, x.interests, x.grow_skills, x.expert_skills, x.goal_topics,
              x.affiliations, x.topics, x.shared_topics, x.public_topics, x.shared_goal_topics,
              x.public_goal_topics, ?
          FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(id uuid, positioning jsonb,
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
              public_goal_topics = EXCLUDED.public_goal_topics, updated_at = EXCLUDED.updated_at
          """
              + (seedOnly ? "WHERE rm_member.positioning IS NULL" : ""),
          now,
          write(rows));
    }
  }

  private Map<String, Object> positioningRow(UUID id, MemberProfile.Positioning positioning) {
    PositioningDigest d = PositioningDigest.of(positioning);
    Map<String, Object> r = new HashMap<>();
    r.put("id", id);
    r.put("positioning", positioning);
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
    return sql
        .query(
            "SELECT positioning::text FROM rm_member WHERE id = ? AND positioning IS NOT NULL",
            rs -> rs.getString(1),
            id)
        .stream()
        .findFirst()
        .map(
            raw -> {
              try {
                return json.readValue(raw, MemberProfile.Positioning.class);
              } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  /**
   * Erasure: nothing about the member stays, including their feedback, and the id is remembered so
   * that no later or replayed change brings them back.
   */
  void eraseMember(UUID id, Instant now) {
    sql.update(
        "INSERT INTO erased_member (member_id, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        id,
        now);
    sql.update("DELETE FROM rm_connection WHERE member_id = ? OR other_id = ?", id, id);
    Map<ItemRef, Integer> popularity = new HashMap<>();
    sql.query(
            "DELETE FROM engagement WHERE member_id = ? RETURNING item_type, item_id",
            rs -> new ItemRef(rs.getString(1), rs.getObject(2, UUID.class)),
            id)
        .forEach(item -> popularity.putIfAbsent(item, 0));
    sql.query(
            "DELETE FROM member_item_take WHERE member_id = ? RETURNING item_type, item_id",
            rs -> new ItemRef(rs.getString(1), rs.getObject(2, UUID.class)),
            id)
        .forEach(item -> popularity.merge(item, -1, Integer::sum));
    adjustPopularity(popularity);
    sql.update("DELETE FROM rm_activity WHERE member_id = ?", id);
    sql.update("DELETE FROM rm_member WHERE id = ?", id);
  }

  /**
   * Replaces the connections named by id with their latest state: accepted ones stored in both
   * directions, any other state (or a delete, {@code null}) removed.
   */
  void applyConnections(Map<UUID, ConnectionData> connections) {
    if (connections.isEmpty()) {
      return;
    }
    sql.update(
        "DELETE FROM rm_connection WHERE connection_id = ANY(?)",
        (Object) connections.keySet().toArray(UUID[]::new));
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
      sql.update(
          """
          INSERT INTO rm_connection (connection_id, member_id, other_id)
          SELECT x.c, x.m, x.o FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(c uuid, m uuid, o uuid)
          WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.m) AND NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.o)
          ON CONFLICT (connection_id, member_id) DO UPDATE SET other_id = EXCLUDED.other_id
          """,
          write(rows));
    }
  }

  /**
   * Replaces the activities named with their latest state, with the engagements they imply, and
   * moves the take counters and popularity by the difference.
   */
  void applyActivities(List<ActivityRow> activities) {
    if (activities.isEmpty()) {
      return;
    }
    UUID[] ids = activities.stream().map(ActivityRow::id).toArray(UUID[]::new);
    Map<TakeKey, Integer> takes = new HashMap<>();
    Map<ItemRef, Integer> popularity = new HashMap<>();
    sql.query(
        """
            DELETE FROM engagement WHERE activity_id = ANY(?)
            RETURNING member_id, item_type, item_id, action
            """,
        rs -> {
          TakeKey key =
              new TakeKey(
                  rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class));
          popularity.putIfAbsent(new ItemRef(key.itemType(), key.itemId()), 0);
          if (TAKES.contains(rs.getString(4))) {
            takes.merge(key, -1, Integer::sum);
          }
          return key;
        },
        (Object) ids);
    sql.update("DELETE FROM rm_activity WHERE id = ANY(?)", (Object) ids);

    List<Map<String, Object>> activityRows = new ArrayList<>();
    List<Map<String, Object>> engagementRows = new ArrayList<>();
    for (ActivityRow a : activities) {
      ActivityData data = a.data();
      if (data == null) {
        continue;
      }
      UUID owner = data.memberId() != null ? data.memberId() : a.memberId();
      boolean shared =
          data.visibility() == null
              || !List.of("PRIVATE", "ONLY_ME")
                  .contains(data.visibility().toUpperCase(Locale.ROOT));
      boolean isPublic =
          data.visibility() == null || "PUBLIC".equals(data.visibility().toUpperCase(Locale.ROOT));
      Instant occurred = data.occurredAt() != null ? data.occurredAt() : a.changedAt();
      Map<String, Object> row = new HashMap<>();
      row.put("id", a.id());
      row.put("member_id", owner);
      row.put("type", data.type());
      row.put("topics", dev.rapport.recommendation.Topics.normalise(data.topics()));
      row.put("shared", shared);
      row.put("occurred_at", occurred);
      activityRows.add(row);
      uuid(data.learning() == null ? null : data.learning().courseId())
          .ifPresent(
              course ->
                  engagementRows.add(
                      engagementRow(
                          owner,
                          "COURSE",
                          course,
                          "ENROLLED",
                          "ACTIVITY",
                          a.id(),
                          shared,
                          isPublic,
                          occurred)));
      uuid(data.discussion() == null ? null : data.discussion().discussionId())
          .ifPresent(
              discussion ->
                  engagementRows.add(
                      engagementRow(
                          owner,
                          "DISCUSSION",
                          discussion,
                          "JOINED",
                          "ACTIVITY",
                          a.id(),
                          shared,
                          isPublic,
                          occurred)));
    }
    if (!activityRows.isEmpty()) {
      sql.update(
          """
          INSERT INTO rm_activity (id, member_id, type, topics, shared, occurred_at)
          SELECT x.id, x.member_id, x.type, coalesce(x.topics, '{}'), x.shared, x.occurred_at
          FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(id uuid, member_id uuid, type varchar,
              topics text[], shared boolean, occurred_at timestamptz)
          WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.member_id)
          """,
          write(activityRows));
    }
    insertEngagements(engagementRows, takes, popularity);
    adjustPopularity(adjustTakes(takes, popularity));
  }

  /** Feedback from the member: counted anonymously, never named to others. */
  void recordFeedback(UUID member, String itemType, UUID item, String action, Instant at) {
    Map<TakeKey, Integer> takes = new HashMap<>();
    Map<ItemRef, Integer> popularity = new HashMap<>();
    insertEngagements(
        List.of(engagementRow(member, itemType, item, action, "FEEDBACK", null, false, false, at)),
        takes,
        popularity);
    adjustPopularity(adjustTakes(takes, popularity));
  }

  private static final java.util.Set<String> TAKES = java.util.Set.of("ENROLLED", "JOINED");

  private static Map<String, Object> engagementRow(
      UUID member,
      String itemType,
      UUID item,
      String action,
      String source,
      UUID activityId,
      boolean shared,
      boolean isPublic,
      Instant at) {
    Map<String, Object> r = new HashMap<>();
    r.put("member_id", member);
    r.put("item_type", itemType);
    r.put("item_id", item);
    r.put("action", action);
    r.put("source", source);
    r.put("activity_id", activityId);
    r.put("shared", shared);
    r.put("public", isPublic);
    r.put("occurred_at", at);
    return r;
  }

  private void insertEngagements(
      List<Map<String, Object>> rows,
      Map<TakeKey, Integer> takes,
      Map<ItemRef, Integer> popularity) {
    if (rows.isEmpty()) {
      return;
    }
    // An erased member's engagements are not stored; takes count only what was inserted.
    sql.query(
        """
            INSERT INTO engagement (member_id, item_type, item_id, action, source, activity_id,
                shared, public, occurred_at)
            SELECT x.member_id, x.item_type, x.item_id, x.action, x.source, x.activity_id,
                x.shared, x.public, x.occurred_at
            FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(member_id uuid, item_type varchar,
                item_id uuid, action varchar, source varchar, activity_id uuid, shared boolean,
                public boolean, occurred_at timestamptz)
            WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.member_id)
            RETURNING member_id, item_type, item_id, action
            """,
        rs -> {
          if (TAKES.contains(rs.getString(4))) {
            TakeKey key =
                new TakeKey(
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class));
            takes.merge(key, 1, Integer::sum);
            popularity.putIfAbsent(new ItemRef(key.itemType(), key.itemId()), 0);
          }
          return null;
        },
        write(rows));
  }

  /**
   * Moves each member's take counter of an item by its delta, under the row's lock (so concurrent
   * writers add up), and answers how each item's count of distinct members moved: +1 for a counter
   * leaving zero, -1 for one reaching it. Adds to {@code popularity}, which it returns.
   */
  private Map<ItemRef, Integer> adjustTakes(
      Map<TakeKey, Integer> takes, Map<ItemRef, Integer> popularity) {
    List<Map<String, Object>> rows = new ArrayList<>();
    takes.forEach(
        (k, delta) -> {
          if (delta != 0) {
            rows.add(Map.of("m", k.memberId(), "t", k.itemType(), "i", k.itemId(), "d", delta));
          }
        });
    if (rows.isEmpty()) {
      return popularity;
    }
    String data = write(rows);
    sql.query(
        """
            WITH d AS (SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb))
                       AS x(m uuid, t varchar, i uuid, d integer)),
            t AS (
                INSERT INTO member_item_take AS t (member_id, item_type, item_id, takes)
                SELECT m, t, i, d FROM d ORDER BY m, t, i
                ON CONFLICT (member_id, item_type, item_id)
                    DO UPDATE SET takes = t.takes + EXCLUDED.takes
                RETURNING t.member_id, t.item_type, t.item_id, t.takes)
            SELECT t.item_type, t.item_id,
                   CASE WHEN t.takes > 0 AND t.takes - d.d <= 0 THEN 1
                        WHEN t.takes <= 0 AND t.takes - d.d > 0 THEN -1 ELSE 0 END
            FROM t JOIN d ON d.m = t.member_id AND d.t = t.item_type AND d.i = t.item_id
            """,
        rs -> {
          popularity.merge(
              new ItemRef(rs.getString(1), rs.getObject(2, UUID.class)),
              rs.getInt(3),
              Integer::sum);
          return null;
        },
        data);
    sql.update(
        """
        DELETE FROM member_item_take t
        USING jsonb_to_recordset(CAST(? AS jsonb)) AS x(m uuid, t varchar, i uuid)
        WHERE t.member_id = x.m AND t.item_type = x.t AND t.item_id = x.i AND t.takes <= 0
        """,
        data);
    return popularity;
  }

  /** Moves each item's count of members by its delta (a row is kept for every item touched). */
  private void adjustPopularity(Map<ItemRef, Integer> deltas) {
    if (deltas.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    deltas.forEach((item, delta) -> rows.add(Map.of("t", item.type(), "i", item.id(), "d", delta)));
    sql.update(
        """
        INSERT INTO item_popularity AS p (item_type, item_id, members)
        SELECT x.t, x.i, x.d
        FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(t varchar, i uuid, d integer)
        ORDER BY x.t, x.i
        ON CONFLICT (item_type, item_id) DO UPDATE SET members = p.members + EXCLUDED.members
        """,
        write(rows));
  }

  /** What the read model holds about one member; empty lists and nulls for an unknown one. */
  MemberExport export(UUID id, Instant now) {
    MemberExport.Member member = null;
    MemberExport.Positioning positioning = null;
    List<Object[]> rows =
        sql.query(
            """
            SELECT display_name, headline, updated_at, positioning::text, interests, grow_skills,
                expert_skills, goal_topics, affiliations, topics, shared_topics, public_topics,
                shared_goal_topics, public_goal_topics
            FROM rm_member WHERE id = ?
            """,
            rs -> {
              MemberExport.Member m =
                  new MemberExport.Member(
                      rs.getString(1), rs.getString(2), Sql.instant(rs, "updated_at"));
              MemberExport.Positioning p = null;
              String raw = rs.getString(4);
              if (raw != null) {
                try {
                  p =
                      new MemberExport.Positioning(
                          json.readValue(raw, MemberProfile.Positioning.class),
                          new MemberExport.Views(
                              texts(rs, 5),
                              texts(rs, 6),
                              texts(rs, 7),
                              texts(rs, 8),
                              texts(rs, 9),
                              texts(rs, 10),
                              texts(rs, 11),
                              texts(rs, 12),
                              texts(rs, 13),
                              texts(rs, 14)));
                } catch (JsonProcessingException e) {
                  throw new IllegalStateException(e);
                }
              }
              return new Object[] {m, p};
            },
            id);
    if (!rows.isEmpty()) {
      member = (MemberExport.Member) rows.get(0)[0];
      positioning = (MemberExport.Positioning) rows.get(0)[1];
    }
    List<MemberExport.Activity> activities =
        sql.query(
            """
            SELECT id, type, topics, shared, occurred_at FROM rm_activity
            WHERE member_id = ? ORDER BY occurred_at DESC, id
            """,
            rs ->
                new MemberExport.Activity(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    texts(rs, 3),
                    rs.getBoolean(4),
                    Sql.instant(rs, "occurred_at")),
            id);
    List<MemberExport.Engagement> engagements = new ArrayList<>();
    List<MemberExport.Feedback> feedback = new ArrayList<>();
    sql.query(
        """
            SELECT item_type, item_id, action, source, activity_id, shared, public, occurred_at
            FROM engagement WHERE member_id = ? ORDER BY occurred_at DESC, id
            """,
        rs -> {
          if ("FEEDBACK".equals(rs.getString(4))) {
            feedback.add(
                new MemberExport.Feedback(
                    rs.getString(1),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    Sql.instant(rs, "occurred_at")));
          } else {
            engagements.add(
                new MemberExport.Engagement(
                    rs.getString(1),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(5, UUID.class),
                    rs.getBoolean(6),
                    rs.getBoolean(7),
                    Sql.instant(rs, "occurred_at")));
          }
          return null;
        },
        id);
    List<MemberExport.Connection> connections =
        sql.query(
            """
            SELECT connection_id, other_id FROM rm_connection
            WHERE member_id = ? ORDER BY other_id, connection_id
            """,
            rs ->
                new MemberExport.Connection(
                    rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
            id);
    return new MemberExport(
        id, now, member, positioning, activities, engagements, feedback, connections);
  }

  private static List<String> texts(java.sql.ResultSet rs, int column)
      throws java.sql.SQLException {
    java.sql.Array array = rs.getArray(column);
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  // --- feed state ----------------------------------------------------------------------------

  FeedStatus state(Feed feed) {
    return sql
        .query(
            "SELECT * FROM feed_state WHERE feed = ?",
            rs ->
                new FeedStatus(
                    feed,
                    rs.getString("last_error") != null
                        ? FeedStatus.State.DOWN
                        : rs.getBoolean("caught_up")
                            ? FeedStatus.State.CAUGHT_UP
                            : rs.getTimestamp("last_success_at") == null
                                ? FeedStatus.State.STARTING
                                : FeedStatus.State.BEHIND,
                    Sql.instant(rs, "last_change_at"),
                    Sql.instant(rs, "last_success_at"),
                    Sql.instant(rs, "last_attempt_at"),
                    rs.getString("last_error"),
                    rs.getLong("applied")),
            feed.name())
        .stream()
        .findFirst()
        .orElse(new FeedStatus(feed, FeedStatus.State.STARTING, null, null, null, null, 0));
  }

  Optional<String> cursor(Feed feed) {
    return sql
        .query("SELECT cursor FROM feed_state WHERE feed = ?", rs -> rs.getString(1), feed.name())
        .stream()
        .filter(c -> c != null)
        .findFirst();
  }

  void recordSuccess(
      Feed feed, String cursor, int applied, Instant lastChangeAt, boolean caughtUp, Instant now) {
    sql.update(
        """
        INSERT INTO feed_state (feed, cursor, applied, last_change_at, last_attempt_at,
            last_success_at, last_error, caught_up)
        VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
        ON CONFLICT (feed) DO UPDATE SET cursor = EXCLUDED.cursor,
            applied = feed_state.applied + EXCLUDED.applied,
            last_change_at = coalesce(EXCLUDED.last_change_at, feed_state.last_change_at),
            last_attempt_at = EXCLUDED.last_attempt_at, last_success_at = EXCLUDED.last_success_at,
            last_error = NULL, caught_up = EXCLUDED.caught_up
        """,
        feed.name(),
        cursor,
        (long) applied,
        lastChangeAt,
        now,
        now,
        caughtUp);
  }

  void recordFailure(Feed feed, String error, Instant now) {
    sql.update(
        """
        INSERT INTO feed_state (feed, last_attempt_at, last_error) VALUES (?, ?, ?)
        ON CONFLICT (feed) DO UPDATE SET last_attempt_at = EXCLUDED.last_attempt_at,
            last_error = EXCLUDED.last_error, caught_up = false
        """,
        feed.name(),
        now,
        error);
  }

  private String write(Object rows) {
    try {
      return json.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<UUID> uuid(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
