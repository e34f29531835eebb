package dev.rapport.profile.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "member")
public class Member {

  @Id public UUID id;

  @Column(name = "display_name", nullable = false, length = 100)
  public String displayName;

  @Column(length = 120)
  public String headline;

  @Column(length = 100)
  public String location;

  /** An IANA time-zone id. */
  @Column(length = 64)
  public String timezone;

  @Column(name = "avatar_url", length = 500)
  public String avatarUrl;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
