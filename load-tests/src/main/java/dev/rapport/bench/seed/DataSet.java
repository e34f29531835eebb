package dev.rapport.bench.seed;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The shape of the population, drawn once from the seed: member ids and join dates, who is
 * connected with whom (power-law degrees: a few hubs with thousands of connections), how many
 * activities each member logs (power-law: a few heavy loggers with 10 000+), and the catalog's ids.
 * Everything else is drawn per member from a generator keyed by the seed and the member, so the
 * same seed gives the same rows whatever order they are written in.
 */
final class DataSet {

  static final Duration HISTORY = Duration.ofDays(730);

  final int members;
  final long seed;
  final Instant anchor;
  final int courses;
  final int discussions;

  final UUID[] memberIds;
  final Instant[] joinedAt;

  // connections: endpoints, status (0 accepted, 1 pending, 2 declined), in creation order
  int[] requester;
  int[] addressee;
  byte[] status;
  int connectionCount;

  /** Accepted connections of each member. */
  int[][] accepted;

  final int[] activityCounts;
  final UUID[] courseIds;
  final UUID[] discussionIds;

  /** Course and discussion popularity: rank to catalog index, so the most taken are spread out. */
  final int[] coursePopularity;

  final int[] discussionPopularity;
  final Zipf coursePick;
  final Zipf discussionPick;

  DataSet(int members, long seed, Instant anchor, int courses, int discussions) {
    this.members = members;
    this.seed = seed;
    this.anchor = anchor.truncatedTo(ChronoUnit.MICROS);
    this.courses = courses;
    this.discussions = discussions;
    memberIds = new UUID[members];
    joinedAt = new Instant[members];
    for (int i = 0; i < members; i++) {
      memberIds[i] = uuid("member", i);
      SplittableRandom r = random("joined", i);
      joinedAt[i] = this.anchor.minusSeconds((long) (r.nextDouble() * HISTORY.toSeconds()));
    }
    courseIds = new UUID[courses];
    for (int k = 0; k < courses; k++) {
      courseIds[k] = uuid("course", k);
    }
    discussionIds = new UUID[discussions];
    for (int k = 0; k < discussions; k++) {
      discussionIds[k] = uuid("discussion", k);
    }
    coursePopularity = permutation(courses, random("course-popularity", 0));
    discussionPopularity = permutation(discussions, random("discussion-popularity", 0));
    coursePick = new Zipf(courses, 1.0);
    discussionPick = new Zipf(discussions, 1.0);
    drawConnections();
    activityCounts = drawActivityCounts();
  }

  /**
   * ~5 accepted connections per member (so ~10 per member counting both ends), plus pending and
   * declined ones. One end is any member; the other is a hub (Zipf over a shuffled order) a quarter
   * of the time, a member of the same neighbourhood (school, city, team) half of the time, and
   * anyone otherwise.
   */
  private void drawConnections() {
    int target = (int) Math.round(members * 5.75);
    if (members < 2) {
      target = 0;
    }
    target = (int) Math.min(target, (long) members * (members - 1) / 2 * 6 / 10);
    requester = new int[target];
    addressee = new int[target];
    status = new byte[target];
    SplittableRandom r = random("connections", 0);
    int[] hubs = permutation(members, random("hubs", 0));
    int[] neighbourhood = permutation(members, random("neighbourhood", 0));
    int[] position = new int[members];
    for (int p = 0; p < members; p++) {
      position[neighbourhood[p]] = p;
    }
    Zipf hub = new Zipf(members, 1.0);
    Set<Long> pairs = new HashSet<>(target * 2);
    int[] degree = new int[members];
    int n = 0;
    long attempts = 0;
    while (n < target && attempts++ < (long) target * 50) {
      int a = r.nextInt(members);
      double kind = r.nextDouble();
      int b;
      if (kind < 0.25) {
        b = hubs[hub.next(r)];
      } else if (kind < 0.75) {
        int offset = r.nextInt(1, 51) * (r.nextBoolean() ? 1 : -1);
        b = neighbourhood[Math.floorMod(position[a] + offset, members)];
      } else {
        b = r.nextInt(members);
      }
      if (a == b) {
        continue;
      }
      long key = (long) Math.min(a, b) * members + Math.max(a, b);
      if (!pairs.add(key)) {
        continue;
      }
      boolean aAsks = r.nextBoolean();
      requester[n] = aAsks ? a : b;
      addressee[n] = aAsks ? b : a;
      double s = r.nextDouble();
      status[n] = (byte) (s < 0.87 ? 0 : s < 0.96 ? 1 : 2);
      if (status[n] == 0) {
        degree[a]++;
        degree[b]++;
      }
      n++;
    }
    connectionCount = n;
    accepted = new int[members][];
    for (int i = 0; i < members; i++) {
      accepted[i] = new int[degree[i]];
    }
    int[] fill = new int[members];
    for (int k = 0; k < n; k++) {
      if (status[k] == 0) {
        accepted[requester[k]][fill[requester[k]]++] = addressee[k];
        accepted[addressee[k]][fill[addressee[k]]++] = requester[k];
      }
    }
  }

  /**
   * ~20 activities per member: half spread evenly (Poisson, mean 10), half by a Zipf-Mandelbrot law
   * over a shuffled order, which gives the heaviest loggers 10 000+ at 100 000 members.
   */
  private int[] drawActivityCounts() {
    int[] counts = new int[members];
    int[] order = permutation(members, random("loggers", 0));
    Zipf tail = new Zipf(members, 1.0, 5);
    double tailTotal = 10.0 * members;
    for (int rank = 0; rank < members; rank++) {
      int i = order[rank];
      counts[i] = poisson(random("count", i), 10) + (int) Math.round(tailTotal * tail.share(rank));
    }
    return counts;
  }

  long totalActivities() {
    long total = 0;
    for (int c : activityCounts) {
      total += c;
    }
    return total;
  }

  int degree(int member) {
    return accepted[member].length;
  }

  /** Members ranked by accepted connections, most first. */
  List<Integer> hubs(int limit) {
    return top(this::degree, limit);
  }

  /** Members ranked by activities logged, most first. */
  List<Integer> heavyLoggers(int limit) {
    return top(i -> activityCounts[i], limit);
  }

  private List<Integer> top(java.util.function.IntUnaryOperator score, int limit) {
    Integer[] all = new Integer[members];
    for (int i = 0; i < members; i++) {
      all[i] = i;
    }
    Arrays.sort(all, (x, y) -> Integer.compare(score.applyAsInt(y), score.applyAsInt(x)));
    return new ArrayList<>(Arrays.asList(all).subList(0, Math.min(limit, members)));
  }

  /** A course drawn by popularity. */
  int popularCourse(SplittableRandom r) {
    return coursePopularity[coursePick.next(r)];
  }

  int popularDiscussion(SplittableRandom r) {
    return discussionPopularity[discussionPick.next(r)];
  }

  /** A generator for one purpose and one index, the same for the same seed. */
  SplittableRandom random(String purpose, long index) {
    return new SplittableRandom(mix(mix(seed ^ purpose.hashCode()) + index));
  }

  /** A random-looking (version 4) UUID, the same for the same seed, purpose and index. */
  UUID uuid(String purpose, long index) {
    long h1 = mix(mix(seed * 31 + purpose.hashCode()) ^ index);
    long h2 = mix(h1 ^ 0x9E3779B97F4A7C15L);
    long msb = (h1 & ~0xF000L) | 0x4000L;
    long lsb = (h2 & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** An instant uniformly between {@code from} and the anchor, to the microsecond. */
  Instant between(SplittableRandom r, Instant from, double skewToRecent) {
    long span = Math.max(1, Duration.between(from, anchor).toNanos() / 1000);
    double u = Math.pow(r.nextDouble(), skewToRecent);
    return from.plus((long) ((1 - u) * span), ChronoUnit.MICROS);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static int[] permutation(int n, SplittableRandom r) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  static int poisson(SplittableRandom r, double mean) {
    double l = Math.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
