package dev.rapport.activity.log;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class IdempotencyRepository
    implements PanacheRepositoryBase<IdempotencyKey, IdempotencyKey.Key> {

  /**
   * Claims the key for this transaction. A concurrent request with the same key waits here on the
   * primary key until the first commits (then gets false) or rolls back (then claims it).
   */
  public boolean claim(UUID memberId, String key, String requestHash, Instant now) {
    return getEntityManager()
            .createNativeQuery(
                "INSERT INTO idempotency_key (member_id, key, request_hash, created_at)"
                    + " VALUES (:member, :key, :hash, :now) ON CONFLICT (member_id, key) DO NOTHING")
            .setParameter("member", memberId)
            .setParameter("key", key)
            .setParameter("hash", requestHash)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  public void complete(UUID memberId, String key, UUID activityId, String response) {
    getEntityManager()
        .createNativeQuery(
            "UPDATE idempotency_key SET activity_id = :activity, response = :response"
                + " WHERE member_id = :member AND key = :key")
        .setParameter("activity", activityId)
        .setParameter("response", response)
        .setParameter("member", memberId)
        .setParameter("key", key)
        .executeUpdate();
  }

  /** Erasure: every key of the member. */
  public void deleteOfMember(UUID memberId) {
    delete("memberId = :member", Map.of("member", memberId));
  }
}
