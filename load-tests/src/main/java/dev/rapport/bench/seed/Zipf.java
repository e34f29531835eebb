package dev.rapport.bench.seed;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1 + q)^s: Zipf (q = 0) or
 * Zipf-Mandelbrot (q > 0, which flattens the head). Rank 0 is the most popular.
 */
final class Zipf {

  private final double[] cumulative;

  Zipf(int n, double s, double q) {
    cumulative = new double[n];
    double total = 0;
    for (int k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1 + q, s);
      cumulative[k] = total;
    }
  }

  Zipf(int n, double s) {
    this(n, s, 0);
  }

  int size() {
    return cumulative.length;
  }

  /** The share of all draws that rank {@code k} gets. */
  double share(int k) {
    double previous = k == 0 ? 0 : cumulative[k - 1];
    return (cumulative[k] - previous) / cumulative[cumulative.length - 1];
  }

  int next(SplittableRandom random) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
  }
}
