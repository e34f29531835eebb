package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.PositioningDigest.GoalTopic;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Scores a candidate for one member and explains the score: each signal that contributes adds a
 * reason. Pure: everything it needs comes in, so the weights are testable without a database.
 */
final class Scoring {

  /** A candidate with its score and reasons. */
  record Scored(Candidate candidate, double score, List<Reason> reasons) {}

  private static final int MAX_NAMES = 3;

  private final PositioningDigest me;
  private final Set<String> inDemand;
  private final Instant now;
  private final Duration cohortSoon;

  Scoring(
      PositioningDigest me, Collection<String> inDemandSkills, Instant now, Duration cohortSoon) {
    this.me = me;
    this.inDemand = new HashSet<>(Topics.normalise(inDemandSkills));
    this.now = now;
    this.cohortSoon = cohortSoon;
  }

  Scored course(Candidate c) {
    List<Reason> reasons = new ArrayList<>();
    double score = 0;
    List<String> all = union(c.topics(), c.skills());

    List<String> interests = intersect(all, me.interests());
    if (!interests.isEmpty()) {
      score += 1.0 * Math.min(3, interests.size());
      reasons.add(new Reason(Signal.INTEREST, "Matches your interests: " + list(interests)));
    }
    List<String> grow = intersect(all, me.growSkills());
    if (!grow.isEmpty()) {
      score += 1.2 * Math.min(2, grow.size());
      reasons.add(new Reason(Signal.SKILL, "Grows skills you are building: " + list(grow)));
    }
    for (GoalTopic goal : me.goals()) {
      switch (goal.goal()) {
        case "FIND_JOB" -> {
          List<String> demanded = intersect(c.skills(), inDemand);
          boolean onTopic = goal.topic() != null && all.contains(goal.topic());
          if (!demanded.isEmpty() || onTopic) {
            score += (onTopic ? 1.5 : 0) + (demanded.isEmpty() ? 0 : 1.0);
            reasons.add(
                new Reason(
                    Signal.GOAL,
                    "Fits your goal: find a job"
                        + in(goal)
                        + (demanded.isEmpty()
                            ? ""
                            : " — teaches in-demand skills: " + list(demanded))));
          }
        }
        case "BECOME_KNOWN_EXPERT" -> {
          List<String> expertise =
              goal.topic() != null && all.contains(goal.topic())
                  ? List.of(goal.topic())
                  : intersect(all, me.expertSkills());
          if (!expertise.isEmpty()) {
            score += 1.5 + ("ADVANCED".equals(c.level()) ? 0.7 : 0);
            reasons.add(
                new Reason(
                    Signal.GOAL, "Fits your goal: be known as an expert in " + list(expertise)));
          }
        }
        default -> {
          if (goal.topic() != null && all.contains(goal.topic())) {
            score += 1.2;
            reasons.add(new Reason(Signal.GOAL, "Fits your goal: " + label(goal) + in(goal)));
          }
        }
      }
    }
    score += social(c, "enrolled", reasons);
    score += collaborative(c, reasons);
    if (c.rating() != null) {
      double rating = c.rating().doubleValue();
      double confidence = Math.min(1.0, Math.log1p(c.ratingCount()) / Math.log1p(1000));
      score += (rating - 3.5) * 0.4 * confidence;
      if (rating >= 4.5 && c.ratingCount() >= 100) {
        reasons.add(
            new Reason(
                Signal.QUALITY,
                "Rated "
                    + c.rating().setScale(1, java.math.RoundingMode.HALF_UP)
                    + " by "
                    + String.format(Locale.ROOT, "%,d", c.ratingCount())
                    + " learners"));
      }
    }
    if (c.cohortStart() != null
        && c.cohortStart().isAfter(now)
        && c.cohortStart().isBefore(now.plus(cohortSoon))) {
      long days = Math.max(1, Duration.between(now, c.cohortStart()).toDays());
      score += 0.6;
      reasons.add(
          new Reason(
              Signal.TIMING,
              "Next cohort starts "
                  + c.cohortStart().atZone(ZoneOffset.UTC).toLocalDate()
                  + ", in "
                  + days
                  + (days == 1 ? " day" : " days")));
    }
    score += popularity(c, "enrolled", reasons);
    return new Scored(c, round(score), List.copyOf(reasons));
  }

  Scored discussion(Candidate c) {
    List<Reason> reasons = new ArrayList<>();
    double score = 0;
    List<String> topics = c.topics();
    String audience = Topics.normalise(c.audience());
    boolean alumniOfMine =
        "ALUMNI".equals(c.community()) && audience != null && me.affiliations().contains(audience);
    boolean active = "HIGH".equals(c.activityLevel()) || "MEDIUM".equals(c.activityLevel());

    List<String> interests = intersect(topics, me.interests());
    if (!interests.isEmpty()) {
      score += 1.0 * Math.min(3, interests.size());
      reasons.add(new Reason(Signal.INTEREST, "Matches your interests: " + list(interests)));
    }
    List<String> expertise = intersect(topics, me.expertSkills());
    if (!expertise.isEmpty()) {
      score += 0.8;
      reasons.add(
          new Reason(Signal.SKILL, "You can contribute your expertise in " + list(expertise)));
    }
    boolean reconnectGoal = false;
    for (GoalTopic goal : me.goals()) {
      boolean onTopic = goal.topic() != null && topics.contains(goal.topic());
      switch (goal.goal()) {
        case "BECOME_KNOWN_EXPERT" -> {
          List<String> where = onTopic ? List.of(goal.topic()) : expertise;
          if (!where.isEmpty()) {
            score += 2.0;
            reasons.add(
                new Reason(
                    Signal.GOAL,
                    "Fits your goal: be known as an expert in "
                        + list(where)
                        + " — you can contribute here"));
          }
        }
        case "RECONNECT" -> {
          if (alumniOfMine) {
            reconnectGoal = true;
            score += 3.0;
            reasons.add(
                new Reason(
                    Signal.GOAL, "Fits your goal: reconnect — the alumni of " + c.audience()));
          }
        }
        case "FIND_CLIENTS" -> {
          boolean whereClientsGather = "INDUSTRY".equals(c.community()) || "EVENT".equals(c.kind());
          if (onTopic || (goal.topic() == null && "INDUSTRY".equals(c.community()))) {
            score += whereClientsGather ? 2.2 : 1.2;
            reasons.add(
                new Reason(
                    Signal.GOAL,
                    "Fits your goal: find clients — "
                        + (goal.topic() != null ? goal.topic() + " " : "")
                        + "decision makers gather here"));
          }
        }
        case "EXPAND_PEER_NETWORK" -> {
          List<String> peers = onTopic ? List.of(goal.topic()) : intersect(topics, skills());
          boolean peerGroup =
              "DISCIPLINE".equals(c.community()) || "TECHNOLOGY".equals(c.community());
          if (!peers.isEmpty() && peerGroup && active) {
            score += 2.0;
            reasons.add(
                new Reason(
                    Signal.GOAL,
                    "Fits your goal: expand your peer network — an active group of "
                        + list(peers)
                        + " peers"));
          }
        }
        case "FIND_JOB" -> {
          if (onTopic) {
            score += 1.5;
            reasons.add(new Reason(Signal.GOAL, "Fits your goal: find a job" + in(goal)));
          }
        }
        default -> {
          if (onTopic) {
            score += 1.2;
            reasons.add(new Reason(Signal.GOAL, "Fits your goal: " + label(goal) + in(goal)));
          }
        }
      }
    }
    if (alumniOfMine && !reconnectGoal) {
      score += 1.0;
      reasons.add(new Reason(Signal.AFFILIATION, "For alumni of " + c.audience() + ", like you"));
    }
    score += social(c, "joined", reasons);
    score += collaborative(c, reasons);
    if ("HIGH".equals(c.activityLevel())) {
      score += 0.4;
      reasons.add(new Reason(Signal.QUALITY, "Very active: new posts every day"));
    } else if ("MEDIUM".equals(c.activityLevel())) {
      score += 0.2;
    }
    score += popularity(c, "joined", reasons);
    return new Scored(c, round(score), List.copyOf(reasons));
  }

  private double social(Candidate c, String verb, List<Reason> reasons) {
    if (c.socialCount() == 0) {
      return 0;
    }
    List<String> names = c.socialNames().stream().limit(MAX_NAMES).toList();
    String text;
    if (c.socialCount() == 1) {
      text =
          names.isEmpty()
              ? "One of your connections " + (verb.equals("enrolled") ? "is enrolled" : "joined")
              : "Your connection "
                  + names.get(0)
                  + (verb.equals("enrolled") ? " is enrolled" : " joined");
    } else {
      text =
          c.socialCount()
              + " of your connections "
              + (verb.equals("enrolled") ? "are enrolled" : "joined")
              + (names.isEmpty() ? "" : ": " + String.join(", ", names))
              + (c.socialCount() > names.size() && !names.isEmpty() ? " and others" : "");
    }
    List<UUID> ids =
        c.socialIds().size() >= names.size() ? c.socialIds().subList(0, names.size()) : List.of();
    reasons.add(new Reason(Signal.SOCIAL, text, List.copyOf(ids)));
    return 1.5 * Math.min(3, c.socialCount());
  }

  private double collaborative(Candidate c, List<Reason> reasons) {
    if (c.collaborativeCount() == 0) {
      return 0;
    }
    reasons.add(
        new Reason(
            Signal.COLLABORATIVE,
            (c.collaborativeCount() == 1
                    ? "Chosen by a member"
                    : "Chosen by " + c.collaborativeCount() + " members")
                + " with interests and activity like yours"));
    return Math.min(2.5, 0.8 * Math.log1p(c.collaborativeWeight()) + 0.3 * c.collaborativeCount());
  }

  private double popularity(Candidate c, String verb, List<Reason> reasons) {
    double score = 0.25 * Math.log1p(c.popularity());
    if (reasons.isEmpty() && c.popularity() > 0) {
      reasons.add(
          new Reason(
              Signal.POPULARITY,
              "Popular on Rapport: "
                  + c.popularity()
                  + (c.popularity() == 1 ? " member " : " members ")
                  + verb));
    }
    return score;
  }

  private List<String> skills() {
    return union(me.growSkills(), me.expertSkills());
  }

  private static String in(GoalTopic goal) {
    return goal.topic() == null ? "" : " in " + goal.topic();
  }

  static String label(GoalTopic goal) {
    return switch (goal.goal()) {
      case "FIND_JOB" -> "find a job";
      case "BECOME_KNOWN_EXPERT" -> "be known as an expert";
      case "RECONNECT" -> "reconnect";
      case "FIND_CLIENTS" -> "find clients";
      case "EXPAND_PEER_NETWORK" -> "expand your peer network";
      default -> goal.goal().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
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

  private static String list(List<String> values) {
    return String.join(", ", values.stream().limit(3).toList());
  }

  private static double round(double score) {
    return BigDecimal.valueOf(score).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * Maximal marginal relevance: repeatedly takes the candidate with the best trade-off between its
   * own score and its similarity (shared topics and skills, same provider or community) to the ones
   * already taken, so a list is not ten near-duplicates.
   */
  static List<Scored> diversify(List<Scored> scored, int limit, double relevanceWeight) {
    List<Scored> pool = new ArrayList<>(scored);
    pool.sort((x, y) -> Double.compare(y.score(), x.score()));
    double top = pool.isEmpty() ? 1 : Math.max(pool.get(0).score(), 1e-6);
    List<Scored> chosen = new ArrayList<>();
    while (!pool.isEmpty() && chosen.size() < limit) {
      Scored best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Scored s : pool) {
        double similarity = 0;
        for (Scored t : chosen) {
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

  static double similarity(Candidate a, Candidate b) {
    Set<String> x = new HashSet<>(union(a.topics(), a.skills()));
    Set<String> y = new HashSet<>(union(b.topics(), b.skills()));
    double jaccard = 0;
    if (!x.isEmpty() || !y.isEmpty()) {
      Set<String> both = new HashSet<>(x);
      both.retainAll(y);
      Set<String> either = new HashSet<>(x);
      either.addAll(y);
      jaccard = (double) both.size() / either.size();
    }
    boolean sameSource =
        (a.provider() != null && a.provider().equals(b.provider()))
            || (a.community() != null
                && a.community().equals(b.community())
                && java.util.Objects.equals(a.audience(), b.audience()));
    return Math.min(1.0, 0.85 * jaccard + (sameSource ? 0.15 : 0));
  }
}
