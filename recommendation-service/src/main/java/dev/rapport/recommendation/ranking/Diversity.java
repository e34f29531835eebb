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

  /**
   * The best {@code limit}, re-ranked; {@code relevanceWeight} 1.0 ignores similarity. Each
   * candidate's closest similarity to those taken is kept and updated against the newest one only,
   * so choosing k of n compares n * k pairs, not n * k * k.
   */
  static List<Scoring.Scored> diversify(
      List<Scoring.Scored> scored, int limit, double relevanceWeight) {
    List<Scoring.Scored> pool = new ArrayList<>(scored);
    pool.sort((x, y) -> Double.compare(y.score(), x.score()));
    double top = pool.isEmpty() ? 1 : Math.max(pool.get(0).score(), 1e-6);
    int n = pool.size();
    List<Set<String>> features = new ArrayList<>(n);
    for (Scoring.Scored s : pool) {
      features.add(new HashSet<>(s.candidate().features()));
    }
    double[] closest = new double[n];
    boolean[] taken = new boolean[n];
    List<Scoring.Scored> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(limit, n)) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (taken[i]) {
          continue;
        }
        double value =
            relevanceWeight * (pool.get(i).score() / top) - (1 - relevanceWeight) * closest[i];
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      taken[best] = true;
      Scoring.Scored newest = pool.get(best);
      chosen.add(newest);
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          double similarity =
              similarity(
                  features.get(i),
                  features.get(best),
                  pool.get(i).candidate().sameSource(newest.candidate()));
          closest[i] = Math.max(closest[i], similarity);
        }
      }
    }
    return chosen;
  }

  /** Jaccard of the features, plus a little for the same source; at most 1. */
  static double similarity(Candidate a, Candidate b) {
    return similarity(new HashSet<>(a.features()), new HashSet<>(b.features()), a.sameSource(b));
  }

  private static double similarity(Set<String> x, Set<String> y, boolean sameSource) {
    double jaccard = 0;
    if (!x.isEmpty() || !y.isEmpty()) {
      Set<String> smaller = x.size() <= y.size() ? x : y;
      Set<String> larger = smaller == x ? y : x;
      int both = 0;
      for (String feature : smaller) {
        if (larger.contains(feature)) {
          both++;
        }
      }
      jaccard = (double) both / (x.size() + y.size() - both);
    }
    return Math.min(1.0, FEATURES_SHARE * jaccard + (sameSource ? SOURCE_SHARE : 0));
  }
}
