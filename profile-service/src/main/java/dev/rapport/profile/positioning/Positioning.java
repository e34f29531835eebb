package dev.rapport.profile.positioning;

import dev.rapport.profile.positioning.PositioningRecords.Education;
import dev.rapport.profile.positioning.PositioningRecords.Goal;
import dev.rapport.profile.positioning.PositioningRecords.Organization;
import dev.rapport.profile.positioning.PositioningRecords.SectionVisibility;
import dev.rapport.profile.positioning.PositioningRecords.Skill;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member's positioning. Lists are JSON documents in the member's own spelling, mapped by
 * Hibernate ORM (with Jackson) to the API's records; the visibility of each section is its column
 * {@code <section>_visibility}. The normalised keys and search documents beside them are derived by
 * the database (see V2 migration).
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
  public List<Goal> goals;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Skill> skills;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> interests;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Organization> organizations;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> communities;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> hobbies;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Education> education;

  @Embedded
  @EmbeddedColumnNaming("%s_visibility")
  public SectionVisibility visibility;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
