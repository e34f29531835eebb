package dev.rapport.recommendation.ranking;

import static dev.rapport.recommendation.ranking.RankingWeights.AFFILIATION;
import static dev.rapport.recommendation.ranking.RankingWeights.EXPERTISE;
import static dev.rapport.recommendation.ranking.RankingWeights.EXPERT_DISCUSSION;
import static dev.rapport.recommendation.ranking.RankingWeights.FIND_CLIENTS_WHERE_CLIENTS_GATHER;
import static dev.rapport.recommendation.ranking.RankingWeights.FIND_JOB_TOPIC;
import static dev.rapport.recommendation.ranking.RankingWeights.GOAL_TOPIC;
import static dev.rapport.recommendation.ranking.RankingWeights.HIGH_ACTIVITY;
import static dev.rapport.recommendation.ranking.RankingWeights.MEDIUM_ACTIVITY;
import static dev.rapport.recommendation.ranking.RankingWeights.PEER_GROUP;
import static dev.rapport.recommendation.ranking.RankingWeights.RECONNECT;

import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.catalog.ActivityLevel;
import dev.rapport.recommendation.catalog.Community;
import dev.rapport.recommendation.catalog.DiscussionKind;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.PositioningDigest.GoalTopic;
import java.util.List;

/**
 * Discussions: besides the shared signals, SKILL (where the member's expertise counts), GOAL (per
 * goal: where an expert contributes, the alumni to reconnect with, where clients gather, active
 * peer groups, the goal's topic), AFFILIATION (an alumni group of the member's without a RECONNECT
 * goal) and QUALITY (how lively it is).
 */
final class DiscussionScoring extends Scoring<DiscussionCandidate> {

  DiscussionScoring(PositioningDigest me) {
    super(me);
  }

  @Override
  Scored score(DiscussionCandidate c) {
    Tally tally = new Tally();
    List<String> topics = c.topics();
    String audience = Topics.normalise(c.audience());
    boolean alumniOfMine =
        c.community() == Community.ALUMNI
            && audience != null
            && me.affiliations().contains(audience);

    interests(topics, tally);
    List<String> expertise = intersect(topics, me.expertSkills());
    if (!expertise.isEmpty()) {
      tally.add(
          EXPERTISE.weight(),
          new Reason(Signal.SKILL, "You can contribute your expertise in " + list(expertise)));
    }
    boolean reconnectGoal = false;
    for (GoalTopic goal : me.goals()) {
      reconnectGoal |= goal(c, expertise, alumniOfMine, goal, tally);
    }
    if (alumniOfMine && !reconnectGoal) {
      tally.add(
          AFFILIATION.weight(),
          new Reason(Signal.AFFILIATION, "For alumni of " + c.audience() + ", like you"));
    }
    social(c.uptake(), false, tally);
    collaborative(c.uptake(), tally);
    if (c.activityLevel() == ActivityLevel.HIGH) {
      tally.add(
          HIGH_ACTIVITY.weight(), new Reason(Signal.QUALITY, "Very active: new posts every day"));
    } else if (c.activityLevel() == ActivityLevel.MEDIUM) {
      tally.score += MEDIUM_ACTIVITY.weight();
    }
    popularity(c.uptake(), "joined", tally);
    return tally.of(c);
  }

  /** Adds what one goal contributes; answers whether it is a RECONNECT goal this group serves. */
  private boolean goal(
      DiscussionCandidate c,
      List<String> expertise,
      boolean alumniOfMine,
      GoalTopic goal,
      Tally tally) {
    boolean onTopic = goal.topic() != null && c.topics().contains(goal.topic());
    switch (goal.goal()) {
      case BECOME_KNOWN_EXPERT -> {
        List<String> where = onTopic ? List.of(goal.topic()) : expertise;
        if (!where.isEmpty()) {
          tally.add(
              EXPERT_DISCUSSION.weight(),
              new Reason(
                  Signal.GOAL,
                  "Fits your goal: be known as an expert in "
                      + list(where)
                      + " — you can contribute here"));
        }
      }
      case RECONNECT -> {
        if (alumniOfMine) {
          tally.add(
              RECONNECT.weight(),
              new Reason(Signal.GOAL, "Fits your goal: reconnect — the alumni of " + c.audience()));
          return true;
        }
      }
      case FIND_CLIENTS -> {
        boolean whereClientsGather =
            c.community() == Community.INDUSTRY || c.kind() == DiscussionKind.EVENT;
        if (onTopic || (goal.topic() == null && c.community() == Community.INDUSTRY)) {
          tally.add(
              whereClientsGather ? FIND_CLIENTS_WHERE_CLIENTS_GATHER.weight() : GOAL_TOPIC.weight(),
              new Reason(
                  Signal.GOAL,
                  "Fits your goal: find clients — "
                      + (goal.topic() != null ? goal.topic() + " " : "")
                      + "decision makers gather here"));
        }
      }
      case EXPAND_PEER_NETWORK -> {
        List<String> peers =
            onTopic
                ? List.of(goal.topic())
                : intersect(c.topics(), union(me.growSkills(), me.expertSkills()));
        boolean peerGroup =
            c.community() == Community.DISCIPLINE || c.community() == Community.TECHNOLOGY;
        if (!peers.isEmpty() && peerGroup && c.active()) {
          tally.add(
              PEER_GROUP.weight(),
              new Reason(
                  Signal.GOAL,
                  "Fits your goal: expand your peer network — an active group of "
                      + list(peers)
                      + " peers"));
        }
      }
      case FIND_JOB -> {
        if (onTopic) {
          tally.add(
              FIND_JOB_TOPIC.weight(),
              new Reason(Signal.GOAL, "Fits your goal: find a job" + in(goal)));
        }
      }
    }
    return false;
  }
}
