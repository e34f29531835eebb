package dev.rapport.activity.log;

import dev.rapport.activity.way.ActivityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "activity")
public class Activity {

  @Id public UUID id;

  @Column(name = "member_id", nullable = false)
  public UUID memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public ActivityType type;

  @Column(nullable = false, length = 20)
  public String kind;

  @Column(nullable = false)
  public int weight;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public String[] topics;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public UUID[] counterparts;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  public Visibility visibility;

  @Column(length = 200)
  public String community;

  @Column(precision = 5, scale = 2)
  public BigDecimal hours;

  public String description;

  @Column(name = "catalog_id")
  public UUID catalogId;

  @Column(length = 2048)
  public String url;

  @Column(length = 300)
  public String title;

  public String takeaway;

  @Column(name = "why_it_matters")
  public String whyItMatters;

  @Column(length = 10)
  public String channel;

  public Integer percent;

  public String insight;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
