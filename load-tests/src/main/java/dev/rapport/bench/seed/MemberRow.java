package dev.rapport.bench.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One member as profile-service stores it, drawn from the member's own generator: name, headline,
 * location, and the positioning (statement, goals, skills, interests, organizations, communities,
 * hobbies, education) with a visibility per section.
 */
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
    Map<String, String> visibility) {

  private static final String[] GOALS = {
    "EXPAND_PEER_NETWORK", "FIND_CLIENTS", "FIND_JOB", "BECOME_KNOWN_EXPERT", "RECONNECT"
  };
  private static final String[] LEVELS = {"BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"};

  /** The positioning's sections that are lists, in the positioning's order. */
  static final List<String> LISTS =
      List.of(
          "goals", "skills", "interests", "organizations", "communities", "hobbies", "education");

  /** Every section of the positioning (the statement, the lists, the location), in its order. */
  static final List<String> SECTIONS =
      Stream.of(List.of("statement"), LISTS, List.of("location")).flatMap(List::stream).toList();

  private static final Zipf TOPIC = new Zipf(Vocabulary.TOPICS.size(), 1.0);
  private static final Zipf SKILL = new Zipf(Vocabulary.SKILLS.size(), 1.0);
  private static final Zipf SCHOOL = new Zipf(Vocabulary.SCHOOLS.size(), 1.0);
  private static final Zipf ORGANIZATION = new Zipf(Vocabulary.ORGANIZATIONS.size(), 0.9);
  private static final Zipf COMMUNITY = new Zipf(Vocabulary.COMMUNITIES.size(), 1.0);
  private static final Zipf HOBBY = new Zipf(Vocabulary.HOBBIES.size(), 1.0);

  /** Member {@code i} of the data set. */
  static MemberRow draw(DataSet data, int i) {
    SplittableRandom r = data.random("member", i);
    String first = Draws.pick(r, Vocabulary.FIRST_NAMES);
    String last = Draws.pick(r, Vocabulary.LAST_NAMES);
    List<String> interests = Draws.distinct(r, Vocabulary.TOPICS, TOPIC, 1 + r.nextInt(8));
    String role = Draws.pick(r, Vocabulary.ROLES);
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
    for (String name : Draws.distinct(r, Vocabulary.SKILLS, SKILL, 2 + r.nextInt(11))) {
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
    List<String> orgs = Draws.distinct(r, Vocabulary.ORGANIZATIONS, ORGANIZATION, orgCount);
    for (int k = 0; k < orgs.size(); k++) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", orgs.get(k));
      o.put("role", k == 0 ? role : Draws.pick(r, Vocabulary.ROLES));
      o.put("current", k == 0);
      organizations.add(o);
    }
    p.put("organizations", organizations);
    p.put("communities", Draws.distinct(r, Vocabulary.COMMUNITIES, COMMUNITY, r.nextInt(5)));
    p.put("hobbies", Draws.distinct(r, Vocabulary.HOBBIES, HOBBY, r.nextInt(4)));
    List<Map<String, Object>> education = new ArrayList<>();
    for (String school : Draws.distinct(r, Vocabulary.SCHOOLS, SCHOOL, r.nextInt(3))) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("school", school);
      e.put("degree", Draws.pick(r, Vocabulary.DEGREES));
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
}
