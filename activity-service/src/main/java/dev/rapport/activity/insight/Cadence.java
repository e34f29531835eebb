package dev.rapport.activity.insight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "relationship_cadence")
@IdClass(Cadence.Key.class)
public class Cadence {

  @Id
  @Column(name = "member_id")
  public UUID memberId;

  @Id
  @Column(name = "counterpart_id")
  public UUID counterpartId;

  @Column(name = "every_days", nullable = false)
  public int everyDays;

  @Column(name = "set_at", nullable = false)
  public Instant setAt;

  public record Key(UUID memberId, UUID counterpartId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
