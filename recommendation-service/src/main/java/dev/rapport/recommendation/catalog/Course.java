package dev.rapport.recommendation.catalog;

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
@Table(name = "course")
public class Course {

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public Provider provider;

  @Column(nullable = false, length = 300)
  public String title;

  @Column(nullable = false, length = 2000)
  public String url;

  @Column(columnDefinition = "text")
  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] topics;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] skills;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public Level level;

  @Column(name = "duration_minutes", nullable = false)
  public int durationMinutes;

  @Column(nullable = false, length = 35)
  public String language;

  @Column(precision = 2, scale = 1)
  public BigDecimal rating;

  @Column(name = "rating_count", nullable = false)
  public int ratingCount;

  @Column(name = "cohort_start")
  public Instant cohortStart;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
