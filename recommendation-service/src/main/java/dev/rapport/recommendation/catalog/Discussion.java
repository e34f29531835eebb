package dev.rapport.recommendation.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "discussion")
public class Discussion {

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public DiscussionKind kind;

  @Column(nullable = false, length = 300)
  public String title;

  @Column(nullable = false, length = 2000)
  public String url;

  @Column(columnDefinition = "text")
  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] topics;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public Community community;

  @Column(length = 200)
  public String audience;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_level", nullable = false, length = 20)
  public ActivityLevel activityLevel;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
