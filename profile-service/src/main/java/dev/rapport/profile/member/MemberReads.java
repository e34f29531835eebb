package dev.rapport.profile.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.audience.Audience;
import dev.rapport.profile.member.MemberService.Versioned;
import dev.rapport.profile.positioning.PositioningRecords.Education;
import dev.rapport.profile.positioning.PositioningRecords.Goal;
import dev.rapport.profile.positioning.PositioningRecords.Organization;
import dev.rapport.profile.positioning.PositioningRecords.PositioningState;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import dev.rapport.profile.positioning.PositioningRecords.SectionVisibility;
import dev.rapport.profile.positioning.PositioningRecords.Skill;
import dev.rapport.profile.positioning.Visibility;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read of one member by id: one SQL statement for the member, their positioning and the
 * caller's relation to them (an EXISTS on the connection pair index, evaluated only for a member
 * reading someone else), plain JDBC in auto-commit without a JTA transaction, and the positioning's
 * sections parsed as one JSON document.
 */
@ApplicationScoped
public class MemberReads {

  private static final String SQL =
      "SELECT m.id, m.display_name, m.headline, m.location, m.timezone, m.avatar_url,"
          + " m.created_at, m.updated_at, m.version, p.statement,"
          + " json_build_object('goals', p.goals, 'skills', p.skills, 'interests', p.interests,"
          + " 'organizations', p.organizations, 'communities', p.communities,"
          + " 'hobbies', p.hobbies, 'education', p.education)::text,"
          + " p.statement_visibility, p.goals_visibility, p.skills_visibility,"
          + " p.interests_visibility, p.organizations_visibility, p.communities_visibility,"
          + " p.hobbies_visibility, p.education_visibility, p.location_visibility,"
          + " p.version,"
          + " ?::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM connection c"
          + " WHERE least(c.requester_id, c.addressee_id) = least(?::uuid, m.id)"
          + " AND greatest(c.requester_id, c.addressee_id) = greatest(?::uuid, m.id)"
          + " AND c.status = 'ACCEPTED')"
          + " FROM member m JOIN positioning p ON p.member_id = m.id WHERE m.id = ?";

  /** The positioning's list sections, as stored. */
  record Sections(
      List<Goal> goals,
      List<Skill> skills,
      List<String> interests,
      List<Organization> organizations,
      List<String> communities,
      List<String> hobbies,
      List<Education> education) {}

  private final AgroalDataSource dataSource;
  private final Caller caller;
  private final ObjectMapper json;

  public MemberReads(AgroalDataSource dataSource, Caller caller, ObjectMapper json) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.json = json;
  }

  /** The member as the caller sees them; 404 when there is no such member. */
  public Versioned get(UUID id) {
    Audience fixed;
    UUID relationOf = null;
    Optional<UUID> me = caller.isService() ? Optional.empty() : caller.memberId();
    if (caller.isService()) {
      fixed = Audience.SERVICE;
    } else if (me.isEmpty()) {
      fixed = Audience.ANONYMOUS;
    } else if (me.get().equals(id)) {
      fixed = Audience.OWNER;
    } else {
      fixed = null;
      relationOf = me.get();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SQL)) {
      s.setObject(1, relationOf);
      s.setObject(2, relationOf);
      s.setObject(3, relationOf);
      s.setObject(4, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw ProblemException.notFound("No member " + id + ".");
        }
        return read(r, fixed);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read member " + id, e);
    }
  }

  private Versioned read(ResultSet r, Audience fixed) throws SQLException {
    Member m = new Member();
    m.id = r.getObject(1, UUID.class);
    m.displayName = r.getString(2);
    m.headline = r.getString(3);
    m.location = r.getString(4);
    m.timezone = r.getString(5);
    m.avatarUrl = r.getString(6);
    m.createdAt = r.getObject(7, OffsetDateTime.class).toInstant();
    m.updatedAt = r.getObject(8, OffsetDateTime.class).toInstant();
    m.version = r.getLong(9);
    Sections sections;
    try {
      sections = json.readValue(r.getString(11), Sections.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable positioning of member " + m.id, e);
    }
    SectionVisibility v =
        new SectionVisibility(
            visibility(r, 12),
            visibility(r, 13),
            visibility(r, 14),
            visibility(r, 15),
            visibility(r, 16),
            visibility(r, 17),
            visibility(r, 18),
            visibility(r, 19),
            visibility(r, 20));
    PositioningView all =
        new PositioningView(
            r.getString(10),
            sections.goals(),
            sections.skills(),
            sections.interests(),
            sections.organizations(),
            sections.communities(),
            sections.hobbies(),
            sections.education(),
            v);
    PositioningState positioning = new PositioningState(m.id, all, v, r.getLong(21));
    Audience audience =
        fixed != null ? fixed : r.getBoolean(22) ? Audience.CONNECTION : Audience.STRANGER;
    return new Versioned(MemberService.profile(m, positioning, audience), m.version);
  }

  private static Visibility visibility(ResultSet r, int column) throws SQLException {
    return Visibility.valueOf(r.getString(column));
  }
}
