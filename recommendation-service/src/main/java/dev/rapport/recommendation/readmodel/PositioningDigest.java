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
 * of expertise, goals with their topics, schools and organizations.
 */
public record PositioningDigest(
    List<String> interests,
    List<String> growSkills,
    List<String> expertSkills,
    List<GoalTopic> goals,
    List<String> affiliations,
    List<String> topics,
    List<String> sharedTopics) {

  /** A stated goal and the topic it is about (null when none was given). */
  public record GoalTopic(String goal, String topic) {}

  public static final PositioningDigest EMPTY =
      new PositioningDigest(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  private static final Set<String> EXPERT_LEVELS = Set.of("ADVANCED", "EXPERT");
  private static final Set<String> PRIVATE = Set.of("PRIVATE", "ONLY_ME", "SELF", "NOBODY");

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
        goals.add(
            new GoalTopic(goal.goal().toUpperCase(Locale.ROOT), Topics.normalise(goal.topic())));
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
    Set<String> shared = new LinkedHashSet<>();
    if (visible(visibility, "interests")) {
      shared.addAll(Topics.normalise(p.interests()));
    }
    if (visible(visibility, "hobbies")) {
      shared.addAll(Topics.normalise(p.hobbies()));
    }
    if (visible(visibility, "communities")) {
      shared.addAll(Topics.normalise(p.communities()));
    }
    if (visible(visibility, "skills")) {
      shared.addAll(Topics.normalise(grow));
      shared.addAll(Topics.normalise(expert));
    }
    if (visible(visibility, "goals")) {
      shared.addAll(goalTopics);
    }
    return new PositioningDigest(
        Topics.normalise(interests),
        Topics.normalise(grow),
        Topics.normalise(expert),
        List.copyOf(goals),
        Topics.normalise(affiliations),
        List.copyOf(topics),
        List.copyOf(shared));
  }

  public boolean isEmpty() {
    return topics.isEmpty() && goals.isEmpty() && affiliations.isEmpty();
  }

  private static boolean visible(Map<String, String> visibility, String section) {
    String v = visibility.get(section);
    return v == null || !PRIVATE.contains(v.toUpperCase(Locale.ROOT));
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
