package dev.rapport.bench.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * profile-service's rows: members, accounts, positionings (their derived columns filled by the
 * service's own trigger), connections, and the member-changes feed with the payloads the service
 * writes (a POSITIONING then a MEMBER upsert per member, a CONNECTION upsert per connection), so
 * that recommendation-service builds its read model by following the feed.
 */
public final class ProfileSeed {

  public static final String EMAIL_DOMAIN = "bench.rapport.local";
  static final String[] GOALS = {
    "EXPAND_PEER_NETWORK", "FIND_CLIENTS", "FIND_JOB", "BECOME_KNOWN_EXPERT", "RECONNECT"
  };
  static final String[] LEVELS = {"BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"};
  static final String[] CONTEXTS = {"COLLEAGUE", "CLIENT", "CLASSMATE", "FRIEND", "PEER", "MENTOR"};
  static final String[] STATUSES = {"ACCEPTED", "PENDING", "DECLINED"};
  static final String[] SECTIONS = {
    "statement",
    "goals",
    "skills",
    "interests",
    "organizations",
    "communities",
    "hobbies",
    "education",
    "location"
  };

  private static final Zipf TOPIC = new Zipf(Vocabulary.TOPICS.size(), 1.0);
  private static final Zipf SKILL = new Zipf(Vocabulary.SKILLS.size(), 1.0);
  private static final Zipf SCHOOL = new Zipf(Vocabulary.SCHOOLS.size(), 1.0);
  private static final Zipf ORGANIZATION = new Zipf(Vocabulary.ORGANIZATIONS.size(), 0.9);
  private static final Zipf COMMUNITY = new Zipf(Vocabulary.COMMUNITIES.size(), 1.0);
  private static final Zipf HOBBY = new Zipf(Vocabulary.HOBBIES.size(), 1.0);

  private final DataSet data;
  private final ObjectMapper json = new ObjectMapper();
  private final String passwordHash;

  ProfileSeed(DataSet data, String passwordHash) {
    this.data = data;
    this.passwordHash = passwordHash;
  }

  /** One member as profile-service stores it. */
  record MemberRow(
      UUID id,
      String displayName,
      String headline,
      String location,
      String timezone,
      String avatarUrl,
      Instant createdAt,
      Instant updatedAt,
      Map<String, Object> positioning,
      Map<String, String> visibility) {}

  MemberRow member(int i) {
    SplittableRandom r = data.random("member", i);
    String first = pick(r, Vocabulary.FIRST_NAMES);
    String last = pick(r, Vocabulary.LAST_NAMES);
    List<String> interests = distinct(r, Vocabulary.TOPICS, TOPIC, 1 + r.nextInt(8));
    String role = pick(r, Vocabulary.ROLES);
    String headline = r.nextDouble() < 0.8 ? role + " · " + interests.get(0) : null;
    String[] city = Vocabulary.CITIES.get(r.nextInt(Vocabulary.CITIES.size()));
    boolean located = r.nextDouble() < 0.7;
    String avatar =
        r.nextDouble() < 0.3 ? "https://images.example.com/bench/" + (i + 1) + ".png" : null;
    Instant created = data.joinedAt[i];
    Instant updated = data.between(r, created, 1.0);

    Map<String, Object> p = new LinkedHashMap<>();
    p.put(
        "statement",
        r.nextDouble() < 0.8
            ? role
                + " working on "
                + interests.get(0)
                + (interests.size() > 1 ? " and " + interests.get(1) : "")
                + "; connect if you want to talk about "
                + interests.get(interests.size() - 1)
                + "."
            : null);
    List<Map<String, Object>> goals = new ArrayList<>();
    int goalCount = 1 + r.nextInt(3);
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < goalCount) {
      chosen.add(GOALS[r.nextInt(GOALS.length)]);
    }
    for (String goal : chosen) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("goal", goal);
      g.put(
          "note",
          r.nextDouble() < 0.3 ? "This year: " + goal.toLowerCase().replace('_', ' ') : null);
      g.put(
          "topic",
          goal.equals("BECOME_KNOWN_EXPERT") || r.nextDouble() < 0.2
              ? Vocabulary.TOPICS.get(TOPIC.next(r))
              : null);
      goals.add(g);
    }
    p.put("goals", goals);
    List<Map<String, Object>> skills = new ArrayList<>();
    for (String name : distinct(r, Vocabulary.SKILLS, SKILL, 2 + r.nextInt(11))) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", name);
      s.put("level", LEVELS[r.nextInt(LEVELS.length)]);
      s.put("years", r.nextDouble() < 0.7 ? r.nextInt(21) : null);
      skills.add(s);
    }
    p.put("skills", skills);
    p.put("interests", interests);
    List<Map<String, Object>> organizations = new ArrayList<>();
    int orgCount = 1 + r.nextInt(3);
    List<String> orgs = distinct(r, Vocabulary.ORGANIZATIONS, ORGANIZATION, orgCount);
    for (int k = 0; k < orgs.size(); k++) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", orgs.get(k));
      o.put("role", k == 0 ? role : pick(r, Vocabulary.ROLES));
      o.put("current", k == 0);
      organizations.add(o);
    }
    p.put("organizations", organizations);
    p.put("communities", distinct(r, Vocabulary.COMMUNITIES, COMMUNITY, r.nextInt(5)));
    p.put("hobbies", distinct(r, Vocabulary.HOBBIES, HOBBY, r.nextInt(4)));
    List<Map<String, Object>> education = new ArrayList<>();
    for (String school : distinct(r, Vocabulary.SCHOOLS, SCHOOL, r.nextInt(3))) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("school", school);
      e.put("degree", pick(r, Vocabulary.DEGREES));
      e.put("field", Vocabulary.TOPICS.get(TOPIC.next(r)));
      e.put("graduationYear", 1985 + r.nextInt(40));
      education.add(e);
    }
    p.put("education", education);
    Map<String, String> visibility = new LinkedHashMap<>();
    for (String section : SECTIONS) {
      double v = r.nextDouble();
      visibility.put(section, v < 0.7 ? "PUBLIC" : v < 0.9 ? "CONNECTIONS" : "PRIVATE");
    }
    return new MemberRow(
        data.memberIds[i],
        first + " " + last,
        headline,
        located ? city[0] : null,
        located ? city[1] : null,
        avatar,
        created,
        updated,
        p,
        visibility);
  }

  void writeMembers(Connection db) throws Exception {
    try (Copy members =
        new Copy(
            db,
            "member",
            "id, display_name, headline, location, timezone, avatar_url, created_at, updated_at,"
                + " version")) {
      for (int i = 0; i < data.members; i++) {
        MemberRow m = member(i);
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
        MemberRow m = member(i);
        Map<String, Object> p = m.positioning();
        positionings.uuid(m.id()).text((String) p.get("statement"));
        for (String list :
            List.of(
                "goals",
                "skills",
                "interests",
                "organizations",
                "communities",
                "hobbies",
                "education")) {
          positionings.text(write(p.get(list)));
        }
        for (String section : SECTIONS) {
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
        Connection_ c = connection(k);
        connections
            .uuid(c.id)
            .uuid(c.requester)
            .uuid(c.addressee)
            .text(c.status)
            .text(c.context)
            .text(c.note)
            .instant(c.createdAt)
            .instant(c.updatedAt)
            .number(c.status.equals("PENDING") ? 0 : 1);
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
        MemberRow m = member(i);
        Map<String, Object> positioning = serviceView(m);
        changes.text("POSITIONING").uuid(m.id()).uuid(m.id()).text("UPSERT");
        changes.instant(m.updatedAt()).text(write(positioning));
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
        changes.instant(m.updatedAt()).text(write(profile));
        changes.endRow();
      }
      for (int k = 0; k < data.connectionCount; k++) {
        Connection_ c = connection(k);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", c.id.toString());
        d.put("requesterId", c.requester.toString());
        d.put("addresseeId", c.addressee.toString());
        d.put("status", c.status);
        d.put("context", c.context);
        changes.text("CONNECTION").uuid(c.id).uuid(c.requester).text("UPSERT");
        changes.instant(c.updatedAt).text(write(d));
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

  private record Connection_(
      UUID id,
      UUID requester,
      UUID addressee,
      String status,
      String context,
      String note,
      Instant createdAt,
      Instant updatedAt) {}

  private Connection_ connection(int k) {
    SplittableRandom r = data.random("connection", k);
    int a = data.requester[k];
    int b = data.addressee[k];
    Instant both = data.joinedAt[a].isAfter(data.joinedAt[b]) ? data.joinedAt[a] : data.joinedAt[b];
    Instant created = data.between(r, both, 1.0);
    String status = STATUSES[data.status[k]];
    Instant updated =
        status.equals("PENDING")
            ? created
            : min(created.plusSeconds(r.nextInt(7 * 24 * 3600)), data.anchor);
    return new Connection_(
        data.uuid("connection", k),
        data.memberIds[a],
        data.memberIds[b],
        status,
        CONTEXTS[r.nextInt(CONTEXTS.length)],
        r.nextDouble() < 0.2 ? "Good to meet you, let's stay in touch!" : null,
        created,
        updated);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  static List<String> distinct(SplittableRandom r, List<String> vocabulary, Zipf zipf, int count) {
    Set<String> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < count && tries < count * 10; tries++) {
      out.add(vocabulary.get(zipf.next(r)));
    }
    return new ArrayList<>(out);
  }
}
