package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.RankingWeights.EXPERT_ADVANCED;
import static dev.rapport.recommendation.ranking.RankingWeights.EXPERT_COURSE;
import static dev.rapport.recommendation.ranking.RankingWeights.FIND_JOB_IN_DEMAND;
import static dev.rapport.recommendation.ranking.RankingWeights.FIND_JOB_TOPIC;
import static dev.rapport.recommendation.ranking.RankingWeights.GOAL_TOPIC;
import static dev.rapport.recommendation.ranking.RankingWeights.GROWING_SKILL;
import static dev.rapport.recommendation.ranking.RankingWeights.RATING;
import static dev.rapport.recommendation.ranking.RankingWeights.TIMING;

import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.catalog.Level;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.PositioningDigest.GoalTopic;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Courses: besides the shared signals, SKILL (skills the member is growing), GOAL (FIND_JOB by the
 * goal's topic or in-demand skills, BECOME_KNOWN_EXPERT by expertise with advanced courses
 * favoured, other goals by their topic), QUALITY (the rating, trusted by its count) and TIMING (a
 * cohort starting soon).
 */
final class CourseScoring extends Scoring<CourseCandidate> {

  /** A rating above this adds to the score, one below takes from it. */
  private static final double NEUTRAL_RATING = 3.5;

  /** The count of ratings from which a rating is fully trusted. */
  private static final int TRUSTED_RATINGS = 1000;

  /** A rating this high, from this many learners, is named. */
  private static final double NAMED_RATING = 4.5;

  private static final int NAMED_RATINGS = 100;

  private final Set<String> inDemand;
  private final Instant now;
  private final Duration cohortSoon;

  CourseScoring(
      PositioningDigest me, Collection<String> inDemandSkills, Instant now, Duration cohortSoon) {
    super(me);
    this.inDemand = new HashSet<>(Topics.normalise(inDemandSkills));
    this.now = now;
    this.cohortSoon = cohortSoon;
  }

  @Override
  Scored score(CourseCandidate c) {
    Tally tally = new Tally();
    List<String> all = union(c.topics(), c.skills());
    interests(all, tally);
    List<String> grow = intersect(all, me.growSkills());
    if (!grow.isEmpty()) {
      tally.add(
          GROWING_SKILL.times(grow.size()),
          new Reason(Signal.SKILL, "Grows skills you are building: " + list(grow)));
    }
    for (GoalTopic goal : me.goals()) {
      goal(c, all, goal, tally);
    }
    social(c.uptake(), true, tally);
    collaborative(c.uptake(), tally);
    quality(c, tally);
    timing(c, tally);
    popularity(c.uptake(), "enrolled", tally);
    return tally.of(c);
  }

  private void goal(CourseCandidate c, List<String> all, GoalTopic goal, Tally tally) {
    boolean onTopic = goal.topic() != null && all.contains(goal.topic());
    switch (goal.goal()) {
      case FIND_JOB -> {
        List<String> demanded = intersect(c.skills(), inDemand);
        if (!demanded.isEmpty() || onTopic) {
          tally.add(
              (onTopic ? FIND_JOB_TOPIC.weight() : 0)
                  + (demanded.isEmpty() ? 0 : FIND_JOB_IN_DEMAND.weight()),
              new Reason(
                  Signal.GOAL,
                  "Fits your goal: find a job"
                      + in(goal)
                      + (demanded.isEmpty()
                          ? ""
                          : " — teaches in-demand skills: " + list(demanded))));
        }
      }
      case BECOME_KNOWN_EXPERT -> {
        List<String> expertise =
            onTopic ? List.of(goal.topic()) : intersect(all, me.expertSkills());
        if (!expertise.isEmpty()) {
          tally.add(
              EXPERT_COURSE.weight() + (c.level() == Level.ADVANCED ? EXPERT_ADVANCED.weight() : 0),
              new Reason(
                  Signal.GOAL, "Fits your goal: be known as an expert in " + list(expertise)));
        }
      }
      case RECONNECT, FIND_CLIENTS, EXPAND_PEER_NETWORK -> {
        if (onTopic) {
          tally.add(
              GOAL_TOPIC.weight(),
              new Reason(Signal.GOAL, "Fits your goal: " + goal.goal().label() + in(goal)));
        }
      }
    }
  }

  /** The rating counts more the more learners gave it; a high one from many is named. */
  private static void quality(CourseCandidate c, Tally tally) {
    if (c.rating() == null) {
      return;
    }
    double rating = c.rating().doubleValue();
    double confidence = Math.min(1.0, Math.log1p(c.ratingCount()) / Math.log1p(TRUSTED_RATINGS));
    tally.score += (rating - NEUTRAL_RATING) * RATING.weight() * confidence;
    if (rating >= NAMED_RATING && c.ratingCount() >= NAMED_RATINGS) {
      tally.reasons.add(
          new Reason(
              Signal.QUALITY,
              "Rated "
                  + c.rating().setScale(1, RoundingMode.HALF_UP)
                  + " by "
                  + String.format(Locale.ROOT, "%,d", c.ratingCount())
                  + " learners"));
    }
  }

  private void timing(CourseCandidate c, Tally tally) {
    if (c.cohortStart() != null
        && c.cohortStart().isAfter(now)
        && c.cohortStart().isBefore(now.plus(cohortSoon))) {
      long days = Math.max(1, Duration.between(now, c.cohortStart()).toDays());
      tally.add(
          TIMING.weight(),
          new Reason(
              Signal.TIMING,
              "Next cohort starts "
                  + c.cohortStart().atZone(ZoneOffset.UTC).toLocalDate()
                  + ", in "
                  + days
                  + (days == 1 ? " day" : " days")));
    }
  }
}
