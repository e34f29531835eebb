package dev.rapport.bench.seed;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * profile-service's rows: members, accounts, positionings (their derived columns filled by the
 * service's own trigger), connections, and the member-changes feed with the payloads the service
 * writes (a POSITIONING then a MEMBER upsert per member, a CONNECTION upsert per connection), so
 * that recommendation-service builds its read model by following the feed.
 */
public final class ProfileSeed {

  public static final String EMAIL_DOMAIN = "bench.rapport.local";

  private final DataSet data;
  private final String passwordHash;

  ProfileSeed(DataSet data, String passwordHash) {
    this.data = data;
    this.passwordHash = passwordHash;
  }

  void writeMembers(Connection db) throws Exception {
    try (Copy members =
        new Copy(
            db,
            "member",
            "id, display_name, headline, location, timezone, avatar_url, created_at, updated_at,"
                + " version")) {
      for (int i = 0; i < data.members; i++) {
        MemberRow m = MemberRow.draw(data, i);
        members
            .uuid(m.id())
            .text(m.displayName())
            .text(m.headline())
            .text(m.location())
            .text(m.timezone())
            .text(m.avatarUrl())
            .instant(m.createdAt())
            .instant(m.updatedAt())
            .number(0);
        members.endRow();
      }
    }
    try (Copy accounts = new Copy(db, "account", "id, email, password_hash, admin, created_at")) {
      for (int i = 0; i < data.members; i++) {
        accounts
            .uuid(data.memberIds[i])
            .text("member-" + (i + 1) + "@" + EMAIL_DOMAIN)
            .text(passwordHash)
            .bool(false)
            .instant(data.joinedAt[i]);
        accounts.endRow();
      }
    }
  }

  void writePositionings(Connection db) throws Exception {
    try (Copy positionings =
        new Copy(
            db,
            "positioning",
            "member_id, statement, goals, skills, interests, organizations, communities, hobbies,"
                + " education, statement_visibility, goals_visibility, skills_visibility,"
                + " interests_visibility, organizations_visibility, communities_visibility,"
                + " hobbies_visibility, education_visibility, location_visibility, updated_at,"
                + " version")) {
      for (int i = 0; i < data.members; i++) {
        MemberRow m = MemberRow.draw(data, i);
        Map<String, Object> p = m.positioning();
        positionings.uuid(m.id()).text((String) p.get("statement"));
        for (String list : MemberRow.LISTS) {
          positionings.text(Json.write(p.get(list)));
        }
        for (String section : MemberRow.SECTIONS) {
          positionings.text(m.visibility().get(section));
        }
        positionings.instant(m.updatedAt()).number(1);
        positionings.endRow();
      }
    }
  }

  void writeConnections(Connection db) throws Exception {
    try (Copy connections =
        new Copy(
            db,
            "connection",
            "id, requester_id, addressee_id, status, context, note, created_at, updated_at,"
                + " version")) {
      for (int k = 0; k < data.connectionCount; k++) {
        ConnectionRow c = ConnectionRow.draw(data, k);
        connections
            .uuid(c.id())
            .uuid(c.requester())
            .uuid(c.addressee())
            .text(c.status())
            .text(c.context())
            .text(c.note())
            .instant(c.createdAt())
            .instant(c.updatedAt())
            .number(c.status().equals("PENDING") ? 0 : 1);
        connections.endRow();
      }
    }
  }

  /** The member-changes feed: what the services wrote, latest state per entity. */
  void writeChanges(Connection db) throws Exception {
    try (Copy changes =
        new Copy(
            db, "member_change", "entity, entity_id, member_id, operation, changed_at, data")) {
      for (int i = 0; i < data.members; i++) {
        MemberRow m = MemberRow.draw(data, i);
        Map<String, Object> positioning = serviceView(m);
        changes.text("POSITIONING").uuid(m.id()).uuid(m.id()).text("UPSERT");
        changes.instant(m.updatedAt()).text(Json.write(positioning));
        changes.endRow();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", m.id().toString());
        profile.put("displayName", m.displayName());
        profile.put("headline", m.headline());
        profile.put("location", m.location());
        profile.put("timezone", m.timezone());
        profile.put("avatarUrl", m.avatarUrl());
        profile.put("createdAt", m.createdAt().toString());
        profile.put("updatedAt", m.updatedAt().toString());
        profile.put("positioning", positioning);
        changes.text("MEMBER").uuid(m.id()).uuid(m.id()).text("UPSERT");
        changes.instant(m.updatedAt()).text(Json.write(profile));
        changes.endRow();
      }
      for (int k = 0; k < data.connectionCount; k++) {
        ConnectionRow c = ConnectionRow.draw(data, k);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", c.id().toString());
        d.put("requesterId", c.requester().toString());
        d.put("addresseeId", c.addressee().toString());
        d.put("status", c.status());
        d.put("context", c.context());
        changes.text("CONNECTION").uuid(c.id()).uuid(c.requester()).text("UPSERT");
        changes.instant(c.updatedAt()).text(Json.write(d));
        changes.endRow();
      }
    }
  }

  /** The positioning as services see it: every section, with its visibility. */
  private static Map<String, Object> serviceView(MemberRow m) {
    Map<String, Object> view = new LinkedHashMap<>(m.positioning());
    view.put("visibility", m.visibility());
    return view;
  }
}
