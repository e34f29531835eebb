package dev.rapport.profile.search;

import dev.rapport.profile.positioning.PositioningRecords.GoalType;
import dev.rapport.profile.search.SuggestionService.ReasonType;

/**
 * The rules behind suggestions, one per reason: what of theirs meets what of the member's, under
 * which of the member's goals, in which of their public sections, and with what weight. {@link
 * SuggestionQuery} builds its SQL and binds its weights from this table, and {@link #RULES}, the
 * text the API publishes, reads the same weights.
 */
enum SuggestionRule {
  SHARED_SCHOOL(
      ReasonType.SHARED_SCHOOL,
      Weights.SHARED_SCHOOL,
      null,
      "school_keys",
      "school_keys",
      false,
      "education"),
  SHARED_ORGANIZATION(
      ReasonType.SHARED_ORGANIZATION,
      Weights.SHARED_ORGANIZATION,
      null,
      "organization_keys",
      "organization_keys",
      false,
      "organizations"),
  SHARED_COMMUNITY(
      ReasonType.SHARED_COMMUNITY,
      Weights.SHARED_COMMUNITY,
      null,
      "community_keys",
      "community_keys",
      false,
      "communities"),
  NEEDS_YOUR_SKILLS(
      ReasonType.NEEDS_YOUR_SKILLS,
      Weights.NEEDS_YOUR_SKILLS,
      GoalType.FIND_CLIENTS,
      "interest_keys",
      "skill_keys",
      false,
      "interests"),
  WORKS_IN_YOUR_FIELD(
      ReasonType.WORKS_IN_YOUR_FIELD,
      Weights.WORKS_IN_YOUR_FIELD,
      GoalType.FIND_JOB,
      "skill_keys",
      "skill_keys",
      true,
      "skills",
      "organizations"),
  INTERESTED_IN_YOUR_TOPIC(
      ReasonType.INTERESTED_IN_YOUR_TOPIC,
      Weights.INTERESTED_IN_YOUR_TOPIC,
      GoalType.BECOME_KNOWN_EXPERT,
      "interest_keys",
      "topic_keys",
      false,
      "interests"),
  SHARED_INTEREST(
      ReasonType.SHARED_INTEREST,
      Weights.SHARED_INTEREST,
      GoalType.EXPAND_PEER_NETWORK,
      "interest_keys",
      "interest_keys",
      false,
      "interests"),
  SHARED_SKILL(
      ReasonType.SHARED_SKILL,
      Weights.SHARED_SKILL,
      GoalType.EXPAND_PEER_NETWORK,
      "skill_keys",
      "skill_keys",
      false,
      "skills");

  /**
   * The weights: compile-time constants, so that the published text, an annotation value, can name
   * them.
   */
  static final class Weights {
    static final int SHARED_SCHOOL = 3;

    /** SHARED_SCHOOL's weight when the member has the RECONNECT goal. */
    static final int RECONNECTING_SCHOOL = 5;

    static final int SHARED_ORGANIZATION = 3;
    static final int SHARED_COMMUNITY = 2;
    static final int NEEDS_YOUR_SKILLS = 4;
    static final int WORKS_IN_YOUR_FIELD = 4;
    static final int INTERESTED_IN_YOUR_TOPIC = 3;

    /** SHARED_INTEREST and SHARED_SKILL, published as one weight. */
    static final int PEER_NETWORK = 1;

    static final int SHARED_INTEREST = PEER_NETWORK;
    static final int SHARED_SKILL = PEER_NETWORK;

    private Weights() {}
  }

  /** The rules, also published in the operation's OpenAPI description. */
  static final String RULES =
      "Reasons and their weights: SHARED_SCHOOL ("
          + Weights.SHARED_SCHOOL
          + ", or "
          + Weights.RECONNECTING_SCHOOL
          + " when you have the RECONNECT goal); SHARED_ORGANIZATION ("
          + Weights.SHARED_ORGANIZATION
          + "); SHARED_COMMUNITY ("
          + Weights.SHARED_COMMUNITY
          + "); NEEDS_YOUR_SKILLS, when you seek clients, their interests match your skills ("
          + Weights.NEEDS_YOUR_SKILLS
          + "); WORKS_IN_YOUR_FIELD, when you seek a job, they are currently at an organization"
          + " and share your skills ("
          + Weights.WORKS_IN_YOUR_FIELD
          + "); INTERESTED_IN_YOUR_TOPIC, when you want to be known as an expert, their interests"
          + " include your topic ("
          + Weights.INTERESTED_IN_YOUR_TOPIC
          + "); SHARED_INTEREST and SHARED_SKILL, when you want to expand your peer network ("
          + Weights.PEER_NETWORK
          + " each). Only their public sections count. MUTUAL_CONNECTION is not given: a mutual"
          + " connection would reveal who that person is connected with, and a member's"
          + " connections are visible to that member alone. Members you already have a"
          + " connection or request with are left out. Ordered by the sum of weights, then id.";

  final ReasonType type;
  final int weight;

  /** The member's goal the rule needs; null when it holds whatever their goals. */
  final GoalType goal;

  /** Their normalised keys that meet {@link #mine}. */
  final String theirs;

  final String mine;

  /** Whether they must be at an organization now. */
  final boolean atAnOrganization;

  /** Their sections that must be public for the rule to hold. */
  final String[] sections;

  SuggestionRule(
      ReasonType type,
      int weight,
      GoalType goal,
      String theirs,
      String mine,
      boolean atAnOrganization,
      String... sections) {
    this.type = type;
    this.weight = weight;
    this.goal = goal;
    this.theirs = theirs;
    this.mine = mine;
    this.atAnOrganization = atAnOrganization;
    this.sections = sections;
  }

  /** The name of the SQL parameter that carries the rule's weight. */
  String parameter() {
    return "weight" + ordinal();
  }
}
