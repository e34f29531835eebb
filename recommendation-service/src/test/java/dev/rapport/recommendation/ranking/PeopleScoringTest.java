package dev.rapport.recommendation.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.recommendation.ranking.PeopleRepository.Person;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules of study buddies and share targets. */
class PeopleScoringTest {

  private static Person person(
      boolean connected, String[] shared, String[] goals, String[] recent, boolean enrolled) {
    return new Person(
        UUID.randomUUID(), "Ana", "Data engineer", connected, shared, goals, recent, enrolled);
  }

  @Test
  void aStudyBuddyConnectedEnrolledAndSharingTopicsHasEveryReason() {
    Person p =
        person(true, new String[] {"a", "b", "c", "d"}, new String[] {"a"}, new String[0], true);
    PersonSuggestion s = PeopleScoring.studyBuddy(p);
    assertEquals(
        List.of(Signal.CONNECTION, Signal.ACTIVITY, Signal.INTEREST, Signal.GOAL),
        s.reasons().stream().map(Reason::signal).toList());
    assertEquals("Interested in a, b, c", s.reasons().get(2).text());
    assertEquals(2 + 1.5 + 0.8 * 3 + 1.0, s.score(), 1e-9);
    s.reasons().forEach(r -> assertEquals(List.of(p.id()), r.memberIds()));
  }

  @Test
  void aShareTargetWeighsGoalsInterestsAndRecentActivity() {
    Person p = person(true, new String[] {"a"}, new String[] {"a"}, new String[] {"a", "b"}, false);
    PersonSuggestion s = PeopleScoring.shareTarget(p);
    assertEquals(
        List.of("Has a goal in a", "Interested in a", "Recently active in a, b"),
        s.reasons().stream().map(Reason::text).toList());
    assertEquals(1.5 + 1.0 + 0.8 * 2, s.score(), 1e-9);
  }

  @Test
  void theBestComeFirstThenById() {
    Person low = person(false, new String[] {"a"}, new String[0], new String[0], false);
    Person high = person(true, new String[0], new String[0], new String[0], false);
    List<PersonSuggestion> top =
        PeopleScoring.top(
            List.of(PeopleScoring.studyBuddy(low), PeopleScoring.studyBuddy(high)), 1);
    assertEquals(List.of(high.id()), top.stream().map(s -> s.member().id()).toList());
  }
}
