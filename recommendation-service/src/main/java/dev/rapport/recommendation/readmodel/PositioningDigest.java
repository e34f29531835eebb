package dev.rapport.recommendation.readmodel;

import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.client.MemberProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A positioning reduced to what recommendations match on: normalised interests, skills to grow and
 * of expertise, goals with their topics, schools and organizations; and, for naming the member to
 * others, the topics and goal topics each audience may see (sharedTopics and sharedGoalTopics: the
 * member's connections, from PUBLIC and CONNECTIONS sections; publicTopics and publicGoalTopics:
 * anyone, from PUBLIC sections). PRIVATE sections are never named.
 */
public record PositioningDigest(
    List<String> interests,
    List<String> growSkills,
    List<String> expertSkills,
    List<GoalTopic> goals,
    List<String> affiliations,
    List<String> topics,
    List<String> sharedTopics,
    List<String> publicTopics,
    List<String> sharedGoalTopics,
    List<String> publicGoalTopics) {

  /** A stated goal and the topic it is about (null when none was given). */
  public record GoalTopic(Goal goal, String topic) {}

  public static final PositioningDigest EMPTY =
      new PositioningDigest(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of());

  private static final Set<String> EXPERT_LEVELS = Set.of("ADVANCED", "EXPERT");

  /** Who may see a section: the member's connections, or anyone. */
  enum Audience {
    CONNECTIONS(Set.of("PUBLIC", "CONNECTIONS")),
    PUBLIC(Set.of("PUBLIC"));

    private final Set<String> sees;

    Audience(Set<String> sees) {
      this.sees = sees;
    }
  }

  public static PositioningDigest of(MemberProfile.Positioning p) {
    if (p == null) {
      return EMPTY;
    }
    List<String> interests = new ArrayList<>();
    interests.addAll(nullSafe(p.interests()));
    interests.addAll(nullSafe(p.hobbies()));
    interests.addAll(nullSafe(p.communities()));
    List<String> grow = new ArrayList<>();
    List<String> expert = new ArrayList<>();
    for (MemberProfile.Skill skill : nullSafe(p.skills())) {
      if (skill == null || skill.name() == null) {
        continue;
      }
      boolean isExpert =
          (skill.level() != null && EXPERT_LEVELS.contains(skill.level().toUpperCase(Locale.ROOT)))
              || (skill.years() != null && skill.years() >= 5);
      (isExpert ? expert : grow).add(skill.name());
    }
    List<GoalTopic> goals = new ArrayList<>();
    for (MemberProfile.Goal goal : nullSafe(p.goals())) {
      if (goal != null && goal.goal() != null) {
        // profile-service defines the goals; one it does not define cannot be matched
        Goal.parse(goal.goal())
            .ifPresent(g -> goals.add(new GoalTopic(g, Topics.normalise(goal.topic()))));
      }
    }
    List<String> affiliations = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (MemberProfile.Education e : nullSafe(p.education())) {
      if (e != null) {
        affiliations.add(e.school());
        fields.add(e.field());
      }
    }
    for (MemberProfile.Organization o : nullSafe(p.organizations())) {
      if (o != null) {
        affiliations.add(o.name());
      }
    }
    List<String> goalTopics =
        goals.stream().map(GoalTopic::topic).filter(Objects::nonNull).toList();
    Set<String> topics = new LinkedHashSet<>();
    topics.addAll(Topics.normalise(interests));
    topics.addAll(Topics.normalise(grow));
    topics.addAll(Topics.normalise(expert));
    topics.addAll(goalTopics);
    topics.addAll(Topics.normalise(fields));

    Map<String, String> visibility = p.visibility() == null ? Map.of() : p.visibility();
    return new PositioningDigest(
        Topics.normalise(interests),
        Topics.normalise(grow),
        Topics.normalise(expert),
        List.copyOf(goals),
        Topics.normalise(affiliations),
        List.copyOf(topics),
        seen(p, grow, expert, goalTopics, visibility, Audience.CONNECTIONS),
        seen(p, grow, expert, goalTopics, visibility, Audience.PUBLIC),
        visible(visibility, "goals", Audience.CONNECTIONS) ? goalTopics : List.of(),
        visible(visibility, "goals", Audience.PUBLIC) ? goalTopics : List.of());
  }

  /** The topics of the sections this audience may see: the only ones named to it. */
  private static List<String> seen(
      MemberProfile.Positioning p,
      List<String> grow,
      List<String> expert,
      List<String> goalTopics,
      Map<String, String> visibility,
      Audience audience) {
    Set<String> shared = new LinkedHashSet<>();
    if (visible(visibility, "interests", audience)) {
      shared.addAll(Topics.normalise(p.interests()));
    }
    if (visible(visibility, "hobbies", audience)) {
      shared.addAll(Topics.normalise(p.hobbies()));
    }
    if (visible(visibility, "communities", audience)) {
      shared.addAll(Topics.normalise(p.communities()));
    }
    if (visible(visibility, "skills", audience)) {
      shared.addAll(Topics.normalise(grow));
      shared.addAll(Topics.normalise(expert));
    }
    if (visible(visibility, "goals", audience)) {
      shared.addAll(goalTopics);
    }
    return List.copyOf(shared);
  }

  public boolean isEmpty() {
    return topics.isEmpty() && goals.isEmpty() && affiliations.isEmpty();
  }

  /** A section left out is PUBLIC (profile-service's contract); an unknown value is PRIVATE. */
  private static boolean visible(Map<String, String> visibility, String section, Audience who) {
    String v = visibility.get(section);
    return v == null || who.sees.contains(v.toUpperCase(Locale.ROOT));
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
