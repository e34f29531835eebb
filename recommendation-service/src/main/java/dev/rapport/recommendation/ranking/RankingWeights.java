package dev.rapport.recommendation.ranking;

import java.math.BigDecimal;

/**
 * Every weight of the ranking, in one table: what each contributing signal adds to an item's or a
 * person's score (at most {@code cap} times, for signals counted per match), and the weights of the
 * first relevance estimate the candidate query orders by ({@code ESTIMATE_*}, bound as SQL
 * parameters). {@link CourseScoring}, {@link DiscussionScoring}, {@link PeopleScoring} and {@link
 * CandidateRepository} read them here and nowhere else.
 */
enum RankingWeights {
  // --- courses and discussions -------------------------------------------------------------------
  /** Per interest, hobby or community the item's topics (and a course's skills) match. */
  INTEREST(1.0, 3),
  /** Per skill a course teaches that the member is growing. */
  GROWING_SKILL(1.2, 2),
  /** A discussion where the member's expertise counts. */
  EXPERTISE(0.8),
  /** FIND_JOB: a course or discussion in the goal's topic. */
  FIND_JOB_TOPIC(1.5),
  /** FIND_JOB: a course teaching in-demand career skills. */
  FIND_JOB_IN_DEMAND(1.0),
  /** BECOME_KNOWN_EXPERT: a course in the expertise topic (or of an expert skill). */
  EXPERT_COURSE(1.5),
  /** BECOME_KNOWN_EXPERT: added for an ADVANCED course. */
  EXPERT_ADVANCED(0.7),
  /** BECOME_KNOWN_EXPERT: a discussion where the member can contribute. */
  EXPERT_DISCUSSION(2.0),
  /** RECONNECT: an alumni group of the member's school or organization. */
  RECONNECT(3.0),
  /** FIND_CLIENTS: an industry group or an event in the goal's topic. */
  FIND_CLIENTS_WHERE_CLIENTS_GATHER(2.2),
  /** EXPAND_PEER_NETWORK: an active discipline or technology group of the member's skills. */
  PEER_GROUP(2.0),
  /** Any other goal in the item's topics (and FIND_CLIENTS elsewhere). */
  GOAL_TOPIC(1.2),
  /** An alumni group of the member's, without a RECONNECT goal. */
  AFFILIATION(1.0),
  /** Per connection who took the item. */
  SOCIAL(1.5, 3),
  /** Collaborative: times ln(1 + the neighbours' weight), plus the next, at most the cap. */
  COLLABORATIVE_WEIGHT(0.8),
  /** Collaborative: per neighbour who chose the item. */
  COLLABORATIVE_MEMBER(0.3),
  /** Collaborative: the most it adds. */
  COLLABORATIVE_MAX(2.5),
  /** Quality: per rating point above 3.5, times the confidence in the rating. */
  RATING(0.4),
  /** A cohort starting soon. */
  TIMING(0.6),
  /** Quality: a discussion with new posts every day. */
  HIGH_ACTIVITY(0.4),
  /** Quality: a discussion with new posts every week. */
  MEDIUM_ACTIVITY(0.2),
  /** Times ln(1 + the members who took the item). */
  POPULARITY(0.25),

  // --- study buddies and share targets -----------------------------------------------------------
  /** Study buddies: a connection of the member. */
  BUDDY_CONNECTION(2.0),
  /** Study buddies: already enrolled in the course. */
  BUDDY_ENROLLED(1.5),
  /** Study buddies: per topic of the course the member shares. */
  BUDDY_TOPIC(0.8, 3),
  /** Study buddies: a goal in the course's topics. */
  BUDDY_GOAL(1.0),
  /** Share targets: a goal in the article's topics. */
  TARGET_GOAL(1.5),
  /** Share targets: per topic of the article among the connection's interests and skills. */
  TARGET_TOPIC(1.0, 3),
  /** Share targets: per topic of the article the connection was recently active in. */
  TARGET_RECENT(0.8, 3),

  // --- the candidate query's first relevance estimate
  // ----------------------------------------------
  /** Per topic (or course skill) matching the member's topics. */
  ESTIMATE_TOPIC(3),
  /** A discussion whose audience is one of the member's schools or organizations. */
  ESTIMATE_AFFILIATION(4),
  /** Per connection who took the item. */
  ESTIMATE_SOCIAL(2),
  /** Times ln(1 + the neighbours' weight). */
  ESTIMATE_COLLABORATIVE(1),
  /** Times ln(1 + the members who took the item). */
  ESTIMATE_POPULARITY(0.5),
  /** Times a course's rating (3 when it has none). */
  ESTIMATE_RATING(0.2),
  /** A discussion with new posts every day. */
  ESTIMATE_HIGH_ACTIVITY(0.6),
  /** A discussion with new posts every week. */
  ESTIMATE_MEDIUM_ACTIVITY(0.3);

  private final double weight;
  private final int cap;

  RankingWeights(double weight) {
    this(weight, Integer.MAX_VALUE);
  }

  RankingWeights(double weight, int cap) {
    this.weight = weight;
    this.cap = cap;
  }

  double weight() {
    return weight;
  }

  /** The weight for {@code matches} matches, at most {@code cap} of them counted. */
  double times(int matches) {
    return weight * Math.min(cap, matches);
  }

  /** The weight as the candidate query takes it: an exact decimal, so SQL sums stay numeric. */
  BigDecimal decimal() {
    return BigDecimal.valueOf(weight);
  }
}
