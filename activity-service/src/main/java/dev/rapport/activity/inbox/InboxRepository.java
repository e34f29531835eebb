package dev.rapport.activity.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Inbox items (V254's inbox_item) and what they show, read with the sender's name, the activity and
 * the response in one statement per page: fixed statements, named parameters, index range scans on
 * (member_id, arrived_at, id).
 */
@ApplicationScoped
public class InboxRepository {

  /** An item with what it shows, in the order of {@link #SELECT}'s columns. */
  record Row(
      UUID id,
      String kind,
      Instant arrivedAt,
      Instant readAt,
      UUID senderId,
      String senderName,
      UUID activityId,
      UUID sourceId,
      String activityType,
      String activityKind,
      String title,
      String url,
      String takeaway,
      String whyItMatters,
      String channel,
      String description,
      BigDecimal hours,
      String community,
      Instant occurredAt,
      UUID catalogId,
      Integer percent,
      String insight,
      String responseKind,
      String responseText) {}

  /** Unread items of one kind. */
  record KindCount(String kind, long count) {}

  private static final String SELECT =
      "SELECT i.id, i.kind, i.arrived_at, i.read_at, i.sender_id, km.display_name,"
          + " i.activity_id, i.source_id, a.type AS activity_type, a.kind AS activity_kind,"
          + " a.title, a.url, a.takeaway, a.why_it_matters, a.channel, a.description, a.hours,"
          + " a.community, a.occurred_at, a.catalog_id, a.percent, a.insight,"
          + " r.kind AS response_kind, r.text AS response_text"
          + " FROM inbox_item i"
          + " LEFT JOIN known_member km ON km.member_id = i.sender_id"
          + " LEFT JOIN activity a ON a.id = i.activity_id"
          + " LEFT JOIN activity_response r ON i.kind = 'RESPONSE' AND r.id = i.source_id";

  private static final String PAGE =
      SELECT
          + " WHERE i.member_id = :member AND (i.arrived_at, i.id) < (:afterAt, :afterId)"
          + " ORDER BY i.arrived_at DESC, i.id DESC LIMIT :limit";

  private static final String UNREAD_PAGE =
      SELECT
          + " WHERE i.member_id = :member AND i.read_at IS NULL"
          + " AND (i.arrived_at, i.id) < (:afterAt, :afterId)"
          + " ORDER BY i.arrived_at DESC, i.id DESC LIMIT :limit";

  private final EntityManager em;
  private volatile Instant startedAt;

  public InboxRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * Puts an item in each of these members' inboxes, in one statement, once per member, kind and
   * source (a repeat adds nothing).
   */
  void add(
      Collection<UUID> members,
      InboxKind kind,
      UUID sender,
      UUID source,
      UUID activityId,
      Instant arrivedAt) {
    if (members.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO inbox_item (id, member_id, kind, sender_id, source_id, activity_id,"
                + " arrived_at) SELECT gen_random_uuid(), m, :kind, :sender, :source,"
                + " CAST(:activity AS uuid), :at FROM unnest(CAST(:members AS uuid[])) AS m"
                + " ON CONFLICT (member_id, kind, source_id) DO NOTHING")
        .setParameter("members", members.toArray(UUID[]::new))
        .setParameter("kind", kind.name())
        .setParameter("sender", sender)
        .setParameter("source", source)
        .setParameter("activity", activityId)
        .setParameter("at", arrivedAt)
        .executeUpdate();
  }

  /** Takes an item of this kind and source out of these members' inboxes. */
  void remove(Collection<UUID> members, InboxKind kind, UUID source) {
    if (members.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "DELETE FROM inbox_item WHERE member_id = ANY(:members) AND kind = :kind"
                + " AND source_id = :source")
        .setParameter("members", members.toArray(UUID[]::new))
        .setParameter("kind", kind.name())
        .setParameter("source", source)
        .executeUpdate();
  }

  /** Takes every item about an activity (its own and its responses') out of every inbox. */
  void removeOfActivity(UUID activityId) {
    em.createNativeQuery("DELETE FROM inbox_item WHERE activity_id = :activity")
        .setParameter("activity", activityId)
        .executeUpdate();
  }

  /** Takes every item of this kind and source out of every inbox. */
  void removeSource(InboxKind kind, UUID source) {
    em.createNativeQuery("DELETE FROM inbox_item WHERE kind = :kind AND source_id = :source")
        .setParameter("kind", kind.name())
        .setParameter("source", source)
        .executeUpdate();
  }

  /** Erasure: the member's inbox, and every item they sent. */
  void erase(UUID member) {
    em.createNativeQuery("DELETE FROM inbox_item WHERE member_id = :m OR sender_id = :m")
        .setParameter("m", member)
        .executeUpdate();
  }

  /** One page newest first, after (at, id). */
  @SuppressWarnings("unchecked")
  List<Row> page(UUID member, boolean unreadOnly, Instant afterAt, UUID afterId, int limit) {
    return em.createNativeQuery(unreadOnly ? UNREAD_PAGE : PAGE, Row.class)
        .setParameter("member", member)
        .setParameter("afterAt", afterAt)
        .setParameter("afterId", afterId)
        .setParameter("limit", limit)
        .getResultList();
  }

  /** The member's whole inbox, newest first (their export). */
  @SuppressWarnings("unchecked")
  List<Row> all(UUID member) {
    return em.createNativeQuery(
            SELECT + " WHERE i.member_id = :member ORDER BY i.arrived_at DESC, i.id DESC",
            Row.class)
        .setParameter("member", member)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  Optional<Row> find(UUID member, UUID item) {
    List<Row> rows =
        em.createNativeQuery(SELECT + " WHERE i.member_id = :member AND i.id = :item", Row.class)
            .setParameter("member", member)
            .setParameter("item", item)
            .getResultList();
    return rows.stream().findFirst();
  }

  /** Marks the item read (the first time only); false when the member has no such item. */
  boolean markRead(UUID member, UUID item, Instant at) {
    return em.createNativeQuery(
                "UPDATE inbox_item SET read_at = coalesce(read_at, :at)"
                    + " WHERE member_id = :member AND id = :item")
            .setParameter("at", at)
            .setParameter("member", member)
            .setParameter("item", item)
            .executeUpdate()
        == 1;
  }

  /** Marks every unread item read; answers how many. */
  int markAllRead(UUID member, Instant at) {
    return em.createNativeQuery(
            "UPDATE inbox_item SET read_at = :at WHERE member_id = :member AND read_at IS NULL")
        .setParameter("at", at)
        .setParameter("member", member)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  List<KindCount> unreadByKind(UUID member) {
    return em.createNativeQuery(
            "SELECT kind, count(*) FROM inbox_item WHERE member_id = :member AND read_at IS NULL"
                + " GROUP BY kind",
            KindCount.class)
        .setParameter("member", member)
        .getResultList();
  }

  /** An item's place in commit order (V255). */
  record Place(String tx, long seq, UUID id) {}

  /**
   * The member's items after (tx, seq) whose transactions are older than every one still running,
   * in commit order: what a live stream sends next.
   */
  @SuppressWarnings("unchecked")
  List<Place> placesAfter(UUID member, String tx, long seq, int limit) {
    return em.createNativeQuery(
            "SELECT cast(i.tx AS text), i.seq, i.id FROM inbox_item i WHERE i.member_id = :member"
                + " AND i.tx < pg_snapshot_xmin(pg_current_snapshot())"
                + " AND (i.tx, i.seq) > (cast(:tx AS xid8), :seq)"
                + " ORDER BY i.tx, i.seq LIMIT :limit",
            Place.class)
        .setParameter("member", member)
        .setParameter("tx", tx)
        .setParameter("seq", seq)
        .setParameter("limit", limit)
        .getResultList();
  }

  /** The oldest transaction still running: a stream opened now starts there. */
  String horizon() {
    return (String)
        em.createNativeQuery(
                "SELECT cast(pg_snapshot_xmin(pg_current_snapshot()) AS text)", String.class)
            .getSingleResult();
  }

  /** These items of the member, with what they show. */
  @SuppressWarnings("unchecked")
  List<Row> items(UUID member, Collection<UUID> ids) {
    return em.createNativeQuery(
            SELECT + " WHERE i.member_id = :member AND i.id = ANY(:ids)", Row.class)
        .setParameter("member", member)
        .setParameter("ids", ids.toArray(UUID[]::new))
        .getResultList();
  }

  /** When inboxes began: connection changes from before then are history, not news. */
  Instant startedAt() {
    Instant at = startedAt;
    if (at == null) {
      at =
          (Instant)
              em.createNativeQuery("SELECT min(started_at) FROM inbox_start", Instant.class)
                  .getSingleResult();
      startedAt = at;
    }
    return at;
  }
}
