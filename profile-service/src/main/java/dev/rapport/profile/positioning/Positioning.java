package dev.rapport.profile.positioning;

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

/**
 * A member's positioning. Lists are JSON documents in the member's own spelling; the normalised
 * keys and search documents beside them are derived by the database (see V2 migration).
 */
@Entity
@Table(name = "positioning")
public class Positioning {

  @Id
  @Column(name = "member_id")
  public UUID memberId;

  @Column(length = 1000)
  public String statement;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String goals;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String skills;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String interests;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String organizations;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String communities;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String hobbies;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String education;

  @Enumerated(EnumType.STRING)
  @Column(name = "statement_visibility", nullable = false, length = 12)
  public Visibility statementVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "goals_visibility", nullable = false, length = 12)
  public Visibility goalsVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "skills_visibility", nullable = false, length = 12)
  public Visibility skillsVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "interests_visibility", nullable = false, length = 12)
  public Visibility interestsVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "organizations_visibility", nullable = false, length = 12)
  public Visibility organizationsVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "communities_visibility", nullable = false, length = 12)
  public Visibility communitiesVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "hobbies_visibility", nullable = false, length = 12)
  public Visibility hobbiesVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "education_visibility", nullable = false, length = 12)
  public Visibility educationVisibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "location_visibility", nullable = false, length = 12)
  public Visibility locationVisibility;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
