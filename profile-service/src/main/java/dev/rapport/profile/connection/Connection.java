package dev.rapport.profile.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A request from one member to another to connect, and its answer. */
@Entity
@Table(name = "connection")
public class Connection {

  @Id public UUID id;

  @Column(name = "requester_id", nullable = false)
  public UUID requesterId;

  @Column(name = "addressee_id", nullable = false)
  public UUID addresseeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public ConnectionRecords.Status status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public ConnectionRecords.Context context;

  @Column(length = 500)
  public String note;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  UUID other(UUID member) {
    return member.equals(requesterId) ? addresseeId : requesterId;
  }

  boolean involves(UUID member) {
    return member.equals(requesterId) || member.equals(addresseeId);
  }
}
