package dev.rapport.recommendation.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.recommendation.Sql;
import dev.rapport.recommendation.client.ActivityData;
import dev.rapport.recommendation.client.ConnectionData;
import dev.rapport.recommendation.client.MemberProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

  void upsertMember(UUID id, String displayName, String headline, Instant now) {
    sql.update(
        """
        INSERT INTO rm_member (id, display_name, headline, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name,
            headline = EXCLUDED.headline, updated_at = EXCLUDED.updated_at
        """,
        id,
        displayName,
        headline,
        now);
  }

  void upsertPositioning(UUID id, MemberProfile.Positioning positioning, Instant now) {
    PositioningDigest d = PositioningDigest.of(positioning);
    String raw;
    try {
      raw = positioning == null ? null : json.writeValueAsString(positioning);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    sql.update(
        """
        INSERT INTO rm_member (id, positioning, interests, grow_skills, expert_skills, goal_topics,
            affiliations, topics, shared_topics, updated_at)
        VALUES (?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET positioning = EXCLUDED.positioning,
            interests = EXCLUDED.interests, grow_skills = EXCLUDED.grow_skills,
            expert_skills = EXCLUDED.expert_skills, goal_topics = EXCLUDED.goal_topics,
            affiliations = EXCLUDED.affiliations, topics = EXCLUDED.topics,
            shared_topics = EXCLUDED.shared_topics, updated_at = EXCLUDED.updated_at
        """,
        id,
        raw,
        array(d.interests()),
        array(d.growSkills()),
        array(d.expertSkills()),
        array(
            d.goals().stream()
                .map(PositioningDigest.GoalTopic::topic)
                .filter(t -> t != null)
                .toList()),
        array(d.affiliations()),
        array(d.topics()),
        array(d.sharedTopics()),
        now);
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

  boolean hasPositioning(UUID id) {
    return !sql.query(
            "SELECT 1 FROM rm_member WHERE id = ? AND positioning IS NOT NULL", rs -> 1, id)
        .isEmpty();
  }

  /** Erasure: nothing about the member stays, including their feedback. */
  void eraseMember(UUID id) {
    sql.update("DELETE FROM rm_connection WHERE member_id = ? OR other_id = ?", id, id);
    sql
        .query(
            "DELETE FROM engagement WHERE member_id = ? RETURNING item_type, item_id",
            rs -> new ItemRef(rs.getString(1), rs.getObject(2, UUID.class)),
            id)
        .stream()
        .distinct()
        .forEach(this::refreshPopularity);
    sql.update("DELETE FROM rm_activity WHERE member_id = ?", id);
    sql.update("DELETE FROM rm_member WHERE id = ?", id);
  }

  void applyConnection(UUID connectionId, ConnectionData data) {
    sql.update("DELETE FROM rm_connection WHERE connection_id = ?", connectionId);
    if (data != null
        && data.accepted()
        && data.requesterId() != null
        && data.addresseeId() != null) {
      sql.update(
          "INSERT INTO rm_connection (connection_id, member_id, other_id) VALUES (?, ?, ?), (?, ?, ?)",
          connectionId,
          data.requesterId(),
          data.addresseeId(),
          connectionId,
          data.addresseeId(),
          data.requesterId());
    }
  }

  void applyActivity(UUID activityId, UUID memberId, ActivityData data, Instant changedAt) {
    List<ItemRef> touched =
        sql.query(
            "DELETE FROM engagement WHERE activity_id = ? RETURNING item_type, item_id",
            rs -> new ItemRef(rs.getString(1), rs.getObject(2, UUID.class)),
            activityId);
    touched.forEach(this::refreshPopularity);
    sql.update("DELETE FROM rm_activity WHERE id = ?", activityId);
    if (data == null) {
      return;
    }
    UUID owner = data.memberId() != null ? data.memberId() : memberId;
    boolean shared =
        data.visibility() == null
            || !List.of("PRIVATE", "ONLY_ME").contains(data.visibility().toUpperCase(Locale.ROOT));
    Instant occurred = data.occurredAt() != null ? data.occurredAt() : changedAt;
    sql.update(
        "INSERT INTO rm_activity (id, member_id, type, topics, shared, occurred_at) VALUES (?, ?, ?, ?, ?, ?)",
        activityId,
        owner,
        data.type(),
        dev.rapport.recommendation.Topics.array(data.topics()),
        shared,
        occurred);
    uuid(data.learning() == null ? null : data.learning().courseId())
        .ifPresent(
            course ->
                engage(
                    owner, "COURSE", course, "ENROLLED", "ACTIVITY", activityId, shared, occurred));
    uuid(data.discussion() == null ? null : data.discussion().discussionId())
        .ifPresent(
            discussion ->
                engage(
                    owner,
                    "DISCUSSION",
                    discussion,
                    "JOINED",
                    "ACTIVITY",
                    activityId,
                    shared,
                    occurred));
  }

  /** Feedback from the member: counted anonymously, never named to others. */
  void recordFeedback(UUID member, String itemType, UUID item, String action, Instant at) {
    engage(member, itemType, item, action, "FEEDBACK", null, false, at);
  }

  record ItemRef(String type, UUID id) {}

  private void refreshPopularity(ItemRef item) {
    sql.update(
        """
        INSERT INTO item_popularity (item_type, item_id, members)
        SELECT ?, ?, count(DISTINCT member_id) FROM engagement
        WHERE item_type = ? AND item_id = ? AND action IN ('ENROLLED', 'JOINED')
        ON CONFLICT (item_type, item_id) DO UPDATE SET members = EXCLUDED.members
        """,
        item.type(),
        item.id(),
        item.type(),
        item.id());
  }

  private void engage(
      UUID member,
      String itemType,
      UUID item,
      String action,
      String source,
      UUID activityId,
      boolean shared,
      Instant at) {
    sql.update(
        """
        INSERT INTO engagement (member_id, item_type, item_id, action, source, activity_id, shared,
            occurred_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        member,
        itemType,
        item,
        action,
        source,
        activityId,
        shared,
        at);
    if ("ENROLLED".equals(action) || "JOINED".equals(action)) {
      refreshPopularity(new ItemRef(itemType, item));
    }
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

  private static String[] array(List<String> values) {
    return values.toArray(String[]::new);
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
