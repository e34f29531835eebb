package dev.rapport.profile.positioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rapport.profile.positioning.PositioningCoach.Assessment;
import dev.rapport.profile.positioning.PositioningCoach.Gap;
import dev.rapport.profile.positioning.PositioningCoach.GapCode;
import dev.rapport.profile.positioning.PositioningRecords.Education;
import dev.rapport.profile.positioning.PositioningRecords.Goal;
import dev.rapport.profile.positioning.PositioningRecords.GoalType;
import dev.rapport.profile.positioning.PositioningRecords.Organization;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import dev.rapport.profile.positioning.PositioningRecords.SectionVisibility;
import dev.rapport.profile.positioning.PositioningRecords.Skill;
import dev.rapport.profile.positioning.PositioningRecords.SkillLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositioningCoachTest {

  static final SectionVisibility PUBLIC =
      new SectionVisibility(null, null, null, null, null, null, null, null, null).withDefaults();
  static final Visibility P = Visibility.PRIVATE;
  static final SectionVisibility PRIVATE = new SectionVisibility(P, P, P, P, P, P, P, P, P);

  static PositioningView view(List<Goal> goals, List<String> interests, SectionVisibility v) {
    return new PositioningView(
        "Statistician for retail",
        goals,
        List.of(new Skill("Forecasting", SkillLevel.EXPERT, 8)),
        interests,
        List.of(new Organization("Acme", "Lead", true)),
        List.of("PyData"),
        List.of(),
        List.of(new Education("MIT", null, null, null)),
        v);
  }

  static List<GapCode> codes(Assessment a) {
    return a.gaps().stream().map(Gap::code).toList();
  }

  @Test
  void expertTopicMatchesSkillsAfterNormalisation() {
    Assessment a =
        PositioningCoach.assess(
            "Headline",
            view(
                List.of(new Goal(GoalType.BECOME_KNOWN_EXPERT, null, "  FORECASTING ")),
                List.of("Climate"),
                PUBLIC));
    assertEquals(100, a.score());
    assertNull(a.nextBestAction());
  }

  @Test
  void eachGoalNeedsItsOwnBacking() {
    // peers need interests or communities: communities back it even without interests
    assertEquals(
        List.of(GapCode.NO_INTERESTS),
        codes(
            PositioningCoach.assess(
                "Headline",
                view(
                    List.of(new Goal(GoalType.EXPAND_PEER_NETWORK, null, null)),
                    List.of(),
                    PUBLIC))));
    Assessment expert =
        PositioningCoach.assess(
            "Headline",
            view(
                List.of(new Goal(GoalType.BECOME_KNOWN_EXPERT, null, "Pricing")),
                List.of("Climate"),
                PUBLIC));
    assertEquals(85, expert.score());
    assertEquals(GapCode.GOAL_WITHOUT_MATCH, expert.nextBestAction().code());
  }

  @Test
  void nothingPublicCostsTenPoints() {
    Assessment a =
        PositioningCoach.assess(
            "Headline",
            view(List.of(new Goal(GoalType.FIND_JOB, null, null)), List.of("Climate"), PRIVATE));
    assertEquals(90, a.score());
    assertEquals(List.of(GapCode.NOTHING_PUBLIC), codes(a));
  }

  @Test
  void normaliseMatchesTheDatabase() {
    assertEquals("machine learning", PositioningCoach.normalise("  Machine \t LEARNING "));
    assertEquals("machine", PositioningCoach.normalise("Ｍａｃｈｉｎｅ"));
  }
}
