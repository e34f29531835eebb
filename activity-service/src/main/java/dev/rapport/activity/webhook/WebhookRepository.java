package dev.rapport.activity.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook subscriptions and their deliveries (V257): fixed statements, named parameters. */
@ApplicationScoped
public class WebhookRepository {

  record SubscriptionRow(
      UUID id,
      UUID memberId,
      String url,
      String[] eventTypes,
      String secret,
      String status,
      String disabledReason,
      int failedInARow,
      String cursorTx,
      long cursorSeq,
      Instant createdAt) {}

  record DeliveryRow(
      UUID id,
      UUID subscriptionId,
      String eventType,
      String body,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Integer lastStatus,
      String lastError,
      Instant createdAt,
      Instant deliveredAt) {}

  private static final String SUBSCRIPTION =
      "SELECT id, member_id, url, event_types, secret, status, disabled_reason, failed_in_a_row,"
          + " cursor_tx, cursor_seq, created_at FROM webhook_subscription";

  private static final String DELIVERY =
      "SELECT id, subscription_id, event_type, body, status, attempts, next_attempt_at,"
          + " last_status, last_error, created_at, delivered_at FROM webhook_delivery";

  private final EntityManager em;

  public WebhookRepository(EntityManager em) {
    this.em = em;
  }

  void insert(
      UUID id,
      UUID member,
      String url,
      String[] types,
      String secret,
      String cursorTx,
      Instant at) {
    em.createNativeQuery(
            "INSERT INTO webhook_subscription (id, member_id, url, event_types, secret, status,"
                + " cursor_tx, created_at) VALUES (:id, :member, :url, :types, :secret, 'ACTIVE',"
                + " :tx, :at)")
        .setParameter("id", id)
        .setParameter("member", member)
        .setParameter("url", url)
        .setParameter("types", types)
        .setParameter("secret", secret)
        .setParameter("tx", cursorTx)
        .setParameter("at", at)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  List<SubscriptionRow> ofMember(UUID member) {
    return em.createNativeQuery(
            SUBSCRIPTION + " WHERE member_id = :member ORDER BY created_at, id LIMIT 100",
            SubscriptionRow.class)
        .setParameter("member", member)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  Optional<SubscriptionRow> find(UUID member, UUID id) {
    List<SubscriptionRow> rows =
        em.createNativeQuery(
                SUBSCRIPTION + " WHERE member_id = :member AND id = :id", SubscriptionRow.class)
            .setParameter("member", member)
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst();
  }

  boolean delete(UUID member, UUID id) {
    return em.createNativeQuery(
                "DELETE FROM webhook_subscription WHERE member_id = :member AND id = :id")
            .setParameter("member", member)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  void deleteOfMember(UUID member) {
    em.createNativeQuery("DELETE FROM webhook_subscription WHERE member_id = :member")
        .setParameter("member", member)
        .executeUpdate();
  }

  /**
   * Active subscriptions with something new in their member's inbox past their cursor (one probe of
   * the inbox index each, in one statement: an idle run costs one query however many there are),
   * locked for this run; another replica's run skips them.
   */
  @SuppressWarnings("unchecked")
  List<SubscriptionRow> lockWithNews(int limit) {
    return em.createNativeQuery(
            SUBSCRIPTION
                + " s WHERE s.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM inbox_item i"
                + " WHERE i.member_id = s.member_id"
                + " AND i.tx < pg_snapshot_xmin(pg_current_snapshot())"
                + " AND (i.tx, i.seq) > (CAST(s.cursor_tx AS xid8), s.cursor_seq))"
                + " ORDER BY s.id LIMIT :limit FOR UPDATE OF s SKIP LOCKED",
            SubscriptionRow.class)
        .setParameter("limit", limit)
        .getResultList();
  }

  void moveCursor(UUID id, String tx, long seq) {
    em.createNativeQuery(
            "UPDATE webhook_subscription SET cursor_tx = :tx, cursor_seq = :seq WHERE id = :id")
        .setParameter("tx", tx)
        .setParameter("seq", seq)
        .setParameter("id", id)
        .executeUpdate();
  }

  void queue(UUID id, UUID subscription, String type, String body, Instant at) {
    em.createNativeQuery(
            "INSERT INTO webhook_delivery (id, subscription_id, event_type, body, status,"
                + " next_attempt_at, created_at) VALUES (:id, :sub, :type, :body, 'PENDING', :at,"
                + " :at)")
        .setParameter("id", id)
        .setParameter("sub", subscription)
        .setParameter("type", type)
        .setParameter("body", body)
        .setParameter("at", at)
        .executeUpdate();
  }

  /** A due delivery with where it goes, claimed for this run. */
  record Due(
      UUID id,
      UUID subscriptionId,
      String body,
      String eventType,
      int attempts,
      String url,
      String secret) {}

  /**
   * Due deliveries of active subscriptions, oldest first, claimed: their next attempt moves past
   * {@code leaseUntil}, so another replica (or this one's next run) leaves them alone while they
   * are being sent.
   */
  @SuppressWarnings("unchecked")
  List<Due> claimDue(Instant now, Instant leaseUntil, int limit) {
    List<Due> due =
        em.createNativeQuery(
                "SELECT d.id, d.subscription_id, d.body, d.event_type, d.attempts, s.url, s.secret"
                    + " FROM webhook_delivery d JOIN webhook_subscription s"
                    + " ON s.id = d.subscription_id AND s.status = 'ACTIVE'"
                    + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now"
                    + " ORDER BY d.next_attempt_at LIMIT :limit FOR UPDATE OF d SKIP LOCKED",
                Due.class)
            .setParameter("now", now)
            .setParameter("limit", limit)
            .getResultList();
    if (!due.isEmpty()) {
      em.createNativeQuery(
              "UPDATE webhook_delivery SET next_attempt_at = :lease WHERE id = ANY(:ids)")
          .setParameter("lease", leaseUntil)
          .setParameter("ids", due.stream().map(Due::id).toArray(UUID[]::new))
          .executeUpdate();
    }
    return due;
  }

  void delivered(UUID id, int status, Instant at) {
    em.createNativeQuery(
            "UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1,"
                + " last_status = :status, last_error = NULL, delivered_at = :at WHERE id = :id")
        .setParameter("status", status)
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** A failed attempt: retried at {@code next}, or FAILED when {@code next} is null. */
  void attemptFailed(UUID id, Integer status, String error, Instant next) {
    em.createNativeQuery(
            "UPDATE webhook_delivery SET attempts = attempts + 1, last_status = :status,"
                + " last_error = CAST(:error AS text),"
                + " status = CASE WHEN CAST(:next AS timestamptz) IS NULL THEN 'FAILED'"
                + " ELSE 'PENDING' END,"
                + " next_attempt_at = coalesce(CAST(:next AS timestamptz), next_attempt_at)"
                + " WHERE id = :id")
        .setParameter("status", status)
        .setParameter("error", error)
        .setParameter("next", next)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Counts a subscription's attempt: answers its failed attempts in a row. */
  int countAttempt(UUID subscription, boolean failed) {
    em.createNativeQuery(
            "UPDATE webhook_subscription SET failed_in_a_row = CASE WHEN :failed THEN"
                + " failed_in_a_row + 1 ELSE 0 END WHERE id = :id")
        .setParameter("failed", failed)
        .setParameter("id", subscription)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery(
                    "SELECT failed_in_a_row FROM webhook_subscription WHERE id = :id",
                    Integer.class)
                .setParameter("id", subscription)
                .getSingleResult())
        .intValue();
  }

  void disable(UUID subscription, String reason) {
    em.createNativeQuery(
            "UPDATE webhook_subscription SET status = 'DISABLED', disabled_reason = :reason"
                + " WHERE id = :id")
        .setParameter("reason", reason)
        .setParameter("id", subscription)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  List<DeliveryRow> deliveries(UUID subscription, int limit) {
    return em.createNativeQuery(
            DELIVERY
                + " WHERE subscription_id = :sub ORDER BY created_at DESC, id DESC LIMIT :limit",
            DeliveryRow.class)
        .setParameter("sub", subscription)
        .setParameter("limit", limit)
        .getResultList();
  }
}
