package dev.rapport.bench.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of profile-service's member table, read only. */
@Entity
@Table(name = "member")
public class Member {

  @Id public UUID id;

  @Column(name = "display_name")
  public String displayName;

  public String headline;

  public String location;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
