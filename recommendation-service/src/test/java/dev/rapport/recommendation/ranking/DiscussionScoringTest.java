package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.Candidates.discussion;
import static dev.rapport.recommendation.ranking.Candidates.member;
import static dev.rapport.recommendation.ranking.Candidates.withGoal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.recommendation.catalog.ActivityLevel;
import dev.rapport.recommendation.catalog.Community;
import dev.rapport.recommendation.catalog.DiscussionKind;
import dev.rapport.recommendation.readmodel.Goal;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.PositioningDigest.GoalTopic;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure discussion rules: goals, affiliation, activity, and reason wording. */
class DiscussionScoringTest {

  private static Scoring.Scored score(PositioningDigest me, DiscussionCandidate c) {
    return new DiscussionScoring(me).score(c);
  }

  @Test
  void withoutAnythingPersonalOnlyPopularityIsGivenAsAReason() {
    DiscussionCandidate c =
        new DiscussionCandidate(
            UUID.randomUUID(),
            List.of("x"),
            DiscussionKind.GROUP,
            Community.HOBBY,
            null,
            ActivityLevel.LOW,
            Candidates.popular(12));
    assertEquals(
        List.of(new Reason(Signal.POPULARITY, "Popular on Rapport: 12 members joined")),
        score(PositioningDigest.EMPTY, c).reasons());
  }

  @Test
  void anAlumniGroupOfTheMembersSchoolIsAnAffiliationWithoutAReconnectGoal() {
    DiscussionCandidate c =
        discussion(List.of(), DiscussionKind.GROUP, Community.ALUMNI, "HEC Paris");
    PositioningDigest alumnus =
        member(List.of(), List.of(), List.of(), List.of(), List.of("hec paris"));
    Scoring.Scored scored = score(alumnus, c);
    assertEquals(
        List.of(new Reason(Signal.AFFILIATION, "For alumni of HEC Paris, like you")),
        scored.reasons());
    assertEquals(1.0, scored.score());

    PositioningDigest reconnecting =
        member(
            List.of(),
            List.of(),
            List.of(),
            List.of(new GoalTopic(Goal.RECONNECT, null)),
            List.of("hec paris"));
    Scoring.Scored reconnect = score(reconnecting, c);
    assertEquals(
        List.of(new Reason(Signal.GOAL, "Fits your goal: reconnect — the alumni of HEC Paris")),
        reconnect.reasons());
    assertEquals(3.0, reconnect.score());
  }

  @Test
  void findClientsFavoursIndustryGroupsAndEvents() {
    PositioningDigest me = withGoal(Goal.FIND_CLIENTS, "retail");
    Scoring.Scored event =
        score(me, discussion(List.of("retail"), DiscussionKind.EVENT, Community.OTHER, null));
    Scoring.Scored thread =
        score(me, discussion(List.of("retail"), DiscussionKind.THREAD, Community.OTHER, null));
    assertEquals(
        List.of(
            new Reason(
                Signal.GOAL, "Fits your goal: find clients — retail decision makers gather here")),
        event.reasons());
    assertEquals(2.2, event.score());
    assertEquals(1.2, thread.score());
  }

  @Test
  void expandingThePeerNetworkTakesAnActiveGroupOfTheMembersSkills() {
    PositioningDigest me =
        member(
            List.of(),
            List.of("kotlin"),
            List.of(),
            List.of(new GoalTopic(Goal.EXPAND_PEER_NETWORK, null)),
            List.of());
    DiscussionCandidate active =
        new DiscussionCandidate(
            UUID.randomUUID(),
            List.of("kotlin"),
            DiscussionKind.GROUP,
            Community.TECHNOLOGY,
            null,
            ActivityLevel.HIGH,
            Uptake.NONE);
    Scoring.Scored scored = score(me, active);
    assertEquals(
        List.of(
            new Reason(
                Signal.GOAL,
                "Fits your goal: expand your peer network — an active group of kotlin peers"),
            new Reason(Signal.QUALITY, "Very active: new posts every day")),
        scored.reasons());
    assertEquals(2.4, scored.score());
    DiscussionCandidate quiet =
        new DiscussionCandidate(
            UUID.randomUUID(),
            List.of("kotlin"),
            DiscussionKind.GROUP,
            Community.TECHNOLOGY,
            null,
            ActivityLevel.LOW,
            Uptake.NONE);
    assertEquals(0.0, score(me, quiet).score());
  }

  @Test
  void anExpertCanContributeWhereTheirExpertiseIs() {
    PositioningDigest me =
        member(
            List.of(),
            List.of(),
            List.of("kafka"),
            List.of(new GoalTopic(Goal.BECOME_KNOWN_EXPERT, null)),
            List.of());
    Scoring.Scored scored =
        score(me, discussion(List.of("kafka"), DiscussionKind.THREAD, Community.OTHER, null));
    assertEquals(
        List.of(
            new Reason(Signal.SKILL, "You can contribute your expertise in kafka"),
            new Reason(
                Signal.GOAL,
                "Fits your goal: be known as an expert in kafka — you can contribute here")),
        scored.reasons());
    assertEquals(2.8, scored.score());
  }

  @Test
  void aMediumActivityCountsWithoutAReason() {
    DiscussionCandidate c =
        new DiscussionCandidate(
            UUID.randomUUID(),
            List.of("x"),
            DiscussionKind.GROUP,
            Community.OTHER,
            null,
            ActivityLevel.MEDIUM,
            Uptake.NONE);
    Scoring.Scored scored = score(PositioningDigest.EMPTY, c);
    assertEquals(List.of(), scored.reasons());
    assertEquals(0.2, scored.score());
  }
}
