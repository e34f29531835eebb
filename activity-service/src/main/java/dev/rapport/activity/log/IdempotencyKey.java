package dev.rapport.activity.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A member's Idempotency-Key, the hash of the body it came with and the response it got. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Key.class)
public class IdempotencyKey {

  @Id
  @Column(name = "member_id")
  public UUID memberId;

  @Id
  @Column(length = 200)
  public String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  public String requestHash;

  @Column(name = "activity_id")
  public UUID activityId;

  public String response;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public record Key(UUID memberId, String key) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
