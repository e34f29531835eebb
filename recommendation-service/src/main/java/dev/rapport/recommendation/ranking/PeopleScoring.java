package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.RankingWeights.BUDDY_CONNECTION;
import static dev.rapport.recommendation.ranking.RankingWeights.BUDDY_ENROLLED;
import static dev.rapport.recommendation.ranking.RankingWeights.BUDDY_GOAL;
import static dev.rapport.recommendation.ranking.RankingWeights.BUDDY_TOPIC;
import static dev.rapport.recommendation.ranking.RankingWeights.TARGET_GOAL;
import static dev.rapport.recommendation.ranking.RankingWeights.TARGET_RECENT;
import static dev.rapport.recommendation.ranking.RankingWeights.TARGET_TOPIC;

import dev.rapport.recommendation.ranking.PeopleRepository.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores members suggested to the asker: study buddies for a course (connections first, then shared
 * topics, enrolment, goals) and connections to share an article with (goals, interests, recent
 * activity in its topics). Every reason names the member it describes.
 */
final class PeopleScoring {

  private PeopleScoring() {}

  static PersonSuggestion studyBuddy(Person p) {
    double score = 0;
    List<Reason> reasons = new ArrayList<>();
    if (p.connected()) {
      score += BUDDY_CONNECTION.weight();
      reasons.add(reason(p, Signal.CONNECTION, "Your connection"));
    }
    if (p.enrolled()) {
      score += BUDDY_ENROLLED.weight();
      reasons.add(reason(p, Signal.ACTIVITY, "Already enrolled: you could study together"));
    }
    if (p.sharedTopics().length > 0) {
      score += BUDDY_TOPIC.times(p.sharedTopics().length);
      reasons.add(reason(p, Signal.INTEREST, "Interested in " + list(p.sharedTopics())));
    }
    if (p.goalTopics().length > 0) {
      score += BUDDY_GOAL.weight();
      reasons.add(reason(p, Signal.GOAL, "Working towards a goal in " + list(p.goalTopics())));
    }
    return suggestion(p, score, reasons);
  }

  static PersonSuggestion shareTarget(Person p) {
    double score = 0;
    List<Reason> reasons = new ArrayList<>();
    if (p.goalTopics().length > 0) {
      score += TARGET_GOAL.weight();
      reasons.add(reason(p, Signal.GOAL, "Has a goal in " + list(p.goalTopics())));
    }
    if (p.sharedTopics().length > 0) {
      score += TARGET_TOPIC.times(p.sharedTopics().length);
      reasons.add(reason(p, Signal.INTEREST, "Interested in " + list(p.sharedTopics())));
    }
    if (p.recentTopics().length > 0) {
      score += TARGET_RECENT.times(p.recentTopics().length);
      reasons.add(reason(p, Signal.ACTIVITY, "Recently active in " + list(p.recentTopics())));
    }
    return suggestion(p, score, reasons);
  }

  /** The best {@code limit}, by score and then id. */
  static List<PersonSuggestion> top(List<PersonSuggestion> items, int limit) {
    return items.stream()
        .sorted(
            Comparator.comparingDouble(PersonSuggestion::score)
                .reversed()
                .thenComparing(s -> s.member().id()))
        .limit(limit)
        .toList();
  }

  private static Reason reason(Person p, Signal signal, String text) {
    return new Reason(signal, text, List.of(p.id()));
  }

  private static String list(String[] values) {
    return Scoring.list(List.of(values));
  }

  private static PersonSuggestion suggestion(Person p, double score, List<Reason> reasons) {
    return new PersonSuggestion(
        new MemberSummary(p.id(), p.displayName(), p.headline()),
        Math.round(score * 1000) / 1000.0,
        List.copyOf(reasons));
  }
}
