package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.RankingWeights.COLLABORATIVE_MAX;
import static dev.rapport.recommendation.ranking.RankingWeights.COLLABORATIVE_MEMBER;
import static dev.rapport.recommendation.ranking.RankingWeights.COLLABORATIVE_WEIGHT;
import static dev.rapport.recommendation.ranking.RankingWeights.INTEREST;
import static dev.rapport.recommendation.ranking.RankingWeights.POPULARITY;
import static dev.rapport.recommendation.ranking.RankingWeights.SOCIAL;

import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.PositioningDigest.GoalTopic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Scores a candidate for one member and explains the score: each signal that contributes adds a
 * reason, weighed by {@link RankingWeights}. Pure: everything it needs comes in, so the rules are
 * testable without a database. This class holds what courses and discussions are scored on alike
 * (interests, connections, similar members, popularity); {@link CourseScoring} and {@link
 * DiscussionScoring} add their own signals.
 */
abstract class Scoring<C extends Candidate> {

  /** A candidate with its score and reasons. */
  record Scored(Candidate candidate, double score, List<Reason> reasons) {}

  /** A score being built, with its reasons in the order they were found. */
  static final class Tally {
    double score;
    final List<Reason> reasons = new ArrayList<>();

    void add(double weight, Reason reason) {
      score += weight;
      reasons.add(reason);
    }

    Scored of(Candidate c) {
      return new Scored(c, round(score), List.copyOf(reasons));
    }
  }

  private static final int MAX_NAMES = 3;

  protected final PositioningDigest me;

  Scoring(PositioningDigest me) {
    this.me = me;
  }

  abstract Scored score(C candidate);

  /** INTEREST: the features that match the member's interests, hobbies or communities. */
  final void interests(List<String> features, Tally tally) {
    List<String> interests = intersect(features, me.interests());
    if (!interests.isEmpty()) {
      tally.add(
          INTEREST.times(interests.size()),
          new Reason(Signal.INTEREST, "Matches your interests: " + list(interests)));
    }
  }

  /** SOCIAL: connections who took it, {@code enrolled} or joined, at most three named. */
  final void social(Uptake u, boolean enrolled, Tally tally) {
    if (u.socialCount() == 0) {
      return;
    }
    List<String> names = u.socialNames().stream().limit(MAX_NAMES).toList();
    String text;
    if (u.socialCount() == 1) {
      text =
          names.isEmpty()
              ? "One of your connections " + (enrolled ? "is enrolled" : "joined")
              : "Your connection " + names.get(0) + (enrolled ? " is enrolled" : " joined");
    } else {
      text =
          u.socialCount()
              + " of your connections "
              + (enrolled ? "are enrolled" : "joined")
              + (names.isEmpty() ? "" : ": " + String.join(", ", names))
              + (u.socialCount() > names.size() && !names.isEmpty() ? " and others" : "");
    }
    List<UUID> ids =
        u.socialIds().size() >= names.size() ? u.socialIds().subList(0, names.size()) : List.of();
    tally.add(SOCIAL.times(u.socialCount()), new Reason(Signal.SOCIAL, text, List.copyOf(ids)));
  }

  /** COLLABORATIVE: what members with interests and activity like the member's chose. */
  final void collaborative(Uptake u, Tally tally) {
    if (u.collaborativeCount() == 0) {
      return;
    }
    tally.add(
        Math.min(
            COLLABORATIVE_MAX.weight(),
            COLLABORATIVE_WEIGHT.weight() * Math.log1p(u.collaborativeWeight())
                + COLLABORATIVE_MEMBER.weight() * u.collaborativeCount()),
        new Reason(
            Signal.COLLABORATIVE,
            (u.collaborativeCount() == 1
                    ? "Chosen by a member"
                    : "Chosen by " + u.collaborativeCount() + " members")
                + " with interests and activity like yours"));
  }

  /** POPULARITY always counts; it is named only when nothing else was. */
  final void popularity(Uptake u, String verb, Tally tally) {
    tally.score += POPULARITY.weight() * Math.log1p(u.popularity());
    if (tally.reasons.isEmpty() && u.popularity() > 0) {
      tally.reasons.add(
          new Reason(
              Signal.POPULARITY,
              "Popular on Rapport: "
                  + u.popularity()
                  + (u.popularity() == 1 ? " member " : " members ")
                  + verb));
    }
  }

  static String in(GoalTopic goal) {
    return goal.topic() == null ? "" : " in " + goal.topic();
  }

  static List<String> intersect(Collection<String> a, Collection<String> b) {
    Set<String> other = b instanceof Set<String> s ? s : new HashSet<>(b);
    return a.stream().filter(other::contains).distinct().toList();
  }

  static List<String> union(Collection<String> a, Collection<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** At most three, comma-separated. */
  static String list(List<String> values) {
    return String.join(", ", values.stream().limit(3).toList());
  }

  static double round(double score) {
    return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }
}
