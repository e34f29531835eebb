package dev.rapport.recommendation.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maximal marginal relevance: repeatedly takes the candidate with the best trade-off between its
 * own score and its similarity (shared topics and skills, same provider or community) to the ones
 * already taken, so a list is not ten near-duplicates.
 */
final class Diversity {

  /** How much of the similarity is shared topics and skills, and how much the same source. */
  private static final double FEATURES_SHARE = 0.85;

  private static final double SOURCE_SHARE = 0.15;

  private Diversity() {}

  /** The best {@code limit}, re-ranked; {@code relevanceWeight} 1.0 ignores similarity. */
  static List<Scoring.Scored> diversify(
      List<Scoring.Scored> scored, int limit, double relevanceWeight) {
    List<Scoring.Scored> pool = new ArrayList<>(scored);
    pool.sort((x, y) -> Double.compare(y.score(), x.score()));
    double top = pool.isEmpty() ? 1 : Math.max(pool.get(0).score(), 1e-6);
    List<Scoring.Scored> chosen = new ArrayList<>();
    while (!pool.isEmpty() && chosen.size() < limit) {
      Scoring.Scored best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Scoring.Scored s : pool) {
        double similarity = 0;
        for (Scoring.Scored t : chosen) {
          similarity = Math.max(similarity, similarity(s.candidate(), t.candidate()));
        }
        double value = relevanceWeight * (s.score() / top) - (1 - relevanceWeight) * similarity;
        if (value > bestValue) {
          bestValue = value;
          best = s;
        }
      }
      chosen.add(best);
      pool.remove(best);
    }
    return chosen;
  }

  /** Jaccard of the features, plus a little for the same source; at most 1. */
  static double similarity(Candidate a, Candidate b) {
    Set<String> x = new HashSet<>(a.features());
    Set<String> y = new HashSet<>(b.features());
    double jaccard = 0;
    if (!x.isEmpty() || !y.isEmpty()) {
      Set<String> both = new HashSet<>(x);
      both.retainAll(y);
      Set<String> either = new HashSet<>(x);
      either.addAll(y);
      jaccard = (double) both.size() / either.size();
    }
    boolean sameSource = a.sameSource(b);
    return Math.min(1.0, FEATURES_SHARE * jaccard + (sameSource ? SOURCE_SHARE : 0));
  }
}
