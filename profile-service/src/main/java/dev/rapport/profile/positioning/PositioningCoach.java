package dev.rapport.profile.positioning;

import dev.rapport.profile.positioning.PositioningRecords.Goal;
import dev.rapport.profile.positioning.PositioningRecords.GoalType;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import dev.rapport.profile.positioning.PositioningRecords.SectionVisibility;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Scores a positioning out of 100 and says what would raise it most. Pure: no I/O. */
public final class PositioningCoach {

  /** The rules, also published in the operation's OpenAPI description. */
  public static final String RULES =
      "Score out of 100, the sum of the rules that hold: a statement of what you are and why"
          + " connect (20); at least one goal (15) and every goal backed by your positioning (15), both lost without a goal:"
          + " FIND_CLIENTS and FIND_JOB by a skill, BECOME_KNOWN_EXPERT by its topic among your"
          + " skills or interests, EXPAND_PEER_NETWORK by an interest or community, RECONNECT by a"
          + " school or organization; at least one skill (10); at least one interest (10); a"
          + " school or an organization (10); a headline (5); a community (5); something visible"
          + " publicly, i.e. the statement or a non-empty section that is PUBLIC (10). Each rule"
          + " that fails is a gap worth its points; the next best action is the gap worth the"
          + " most points (the first listed on a tie).";

  private PositioningCoach() {}

  public enum GapCode {
    NO_STATEMENT,
    NO_GOAL,
    GOAL_WITHOUT_MATCH,
    NO_SKILLS,
    NO_INTERESTS,
    NO_SCHOOL_OR_ORGANIZATION,
    NO_HEADLINE,
    NO_COMMUNITY,
    NOTHING_PUBLIC
  }

  @Schema(name = "PositioningGap")
  public record Gap(
      @Schema(examples = "NO_STATEMENT") GapCode code,
      @Schema(description = "Points this gap costs", examples = "20") int points,
      @Schema(examples = "Write a statement: what you are and why someone should connect.")
          String advice) {}

  @Schema(name = "PositioningAssessment")
  public record Assessment(
      @Schema(description = "0..100", examples = "65") int score,
      List<Gap> gaps,
      @Schema(description = "The gap to close first; null when nothing is missing")
          Gap nextBestAction) {}

  public static Assessment assess(String headline, PositioningView p) {
    List<Gap> gaps = new ArrayList<>();
    if (blank(p.statement())) {
      gaps.add(
          new Gap(
              GapCode.NO_STATEMENT,
              20,
              "Write a statement: what you are and why someone should connect with you."));
    }
    if (p.goals().isEmpty()) {
      gaps.add(
          new Gap(
              GapCode.NO_GOAL,
              30,
              "Say what you want from your network: peers, clients, a job, being known as an"
                  + " expert, or reconnecting."));
    } else {
      List<String> unmatched =
          p.goals().stream().filter(g -> !backed(g, p)).map(g -> g.goal().name()).toList();
      if (!unmatched.isEmpty()) {
        gaps.add(
            new Gap(
                GapCode.GOAL_WITHOUT_MATCH,
                15,
                "Back your goal "
                    + String.join(", ", unmatched)
                    + " with what you offer: skills for clients or a job, the topic among your"
                    + " skills or interests to be known as an expert, interests or communities to"
                    + " meet peers, schools or organizations to reconnect."));
      }
    }
    if (p.skills().isEmpty()) {
      gaps.add(new Gap(GapCode.NO_SKILLS, 10, "Add the skills you bring, with their level."));
    }
    if (p.interests().isEmpty()) {
      gaps.add(new Gap(GapCode.NO_INTERESTS, 10, "Add topics you are interested in."));
    }
    if (p.education().isEmpty() && p.organizations().isEmpty()) {
      gaps.add(
          new Gap(
              GapCode.NO_SCHOOL_OR_ORGANIZATION,
              10,
              "Add a school or an organization, so classmates and colleagues find you."));
    }
    if (blank(headline)) {
      gaps.add(
          new Gap(
              GapCode.NO_HEADLINE,
              5,
              "Add a headline that says what you do (PATCH /api/v1/members/{id} with a headline)."));
    }
    if (p.communities().isEmpty()) {
      gaps.add(new Gap(GapCode.NO_COMMUNITY, 5, "Name the communities you take part in."));
    }
    if (!somethingPublic(p)) {
      gaps.add(
          new Gap(
              GapCode.NOTHING_PUBLIC,
              10,
              "Make your statement or a filled section PUBLIC, so people who don't know you yet"
                  + " can find you."));
    }
    int score = 100 - gaps.stream().mapToInt(Gap::points).sum();
    Gap next = null;
    for (Gap gap : gaps) {
      if (next == null || gap.points() > next.points()) {
        next = gap;
      }
    }
    return new Assessment(score, gaps, next);
  }

  private static boolean backed(Goal goal, PositioningView p) {
    return switch (goal.goal()) {
      case FIND_CLIENTS, FIND_JOB -> !p.skills().isEmpty();
      case BECOME_KNOWN_EXPERT -> {
        Set<String> offered =
            Stream.concat(p.skills().stream().map(s -> s.name()), p.interests().stream())
                .map(PositioningCoach::normalise)
                .collect(Collectors.toSet());
        yield goal.topic() != null && offered.contains(normalise(goal.topic()));
      }
      case EXPAND_PEER_NETWORK -> !p.interests().isEmpty() || !p.communities().isEmpty();
      case RECONNECT -> !p.education().isEmpty() || !p.organizations().isEmpty();
    };
  }

  private static boolean somethingPublic(PositioningView p) {
    SectionVisibility v = p.visibility();
    return v.statement() == Visibility.PUBLIC && !blank(p.statement())
        || v.goals() == Visibility.PUBLIC && !p.goals().isEmpty()
        || v.skills() == Visibility.PUBLIC && !p.skills().isEmpty()
        || v.interests() == Visibility.PUBLIC && !p.interests().isEmpty()
        || v.organizations() == Visibility.PUBLIC && !p.organizations().isEmpty()
        || v.communities() == Visibility.PUBLIC && !p.communities().isEmpty()
        || v.hobbies() == Visibility.PUBLIC && !p.hobbies().isEmpty()
        || v.education() == Visibility.PUBLIC && !p.education().isEmpty();
  }

  /** The same normal form as the database's rapport_norm: NFKC, lower case, single spaces. */
  public static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean isGoal(GoalType type, List<Goal> goals) {
    return goals.stream().anyMatch(g -> g.goal() == type);
  }
}
