package dev.rapport.profile.search;

import dev.rapport.profile.positioning.PositioningRecords.GoalType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The suggestion SQL: one branch per {@link SuggestionRule}, each a GIN-indexed overlap of their
 * keys with the member's (at most 500 candidates a rule), summed per candidate; members linked to
 * the member in any state are left out (the connection indexes). The statement is fixed: it is
 * built once from the rules, and the weights are its parameters.
 */
final class SuggestionQuery {

  /** One reason of one candidate, best candidates first. */
  record Row(UUID memberId, int score, String type, String detail) {}

  static final String SQL =
      """
      WITH me AS MATERIALIZED (
          SELECT school_keys, organization_keys, community_keys, skill_keys, interest_keys,
                 goal_keys, topic_keys
          FROM positioning WHERE member_id = :me),
      linked AS (
          SELECT addressee_id AS id FROM connection WHERE requester_id = :me
          UNION ALL SELECT requester_id FROM connection WHERE addressee_id = :me),
      reasons AS MATERIALIZED (
      """
          + Stream.of(SuggestionRule.values())
              .map(SuggestionQuery::branch)
              .collect(Collectors.joining("    UNION ALL\n"))
          + """
          ),
      candidates AS (
          SELECT member_id, sum(weight) AS score
          FROM reasons
          WHERE member_id <> :me AND member_id NOT IN (SELECT id FROM linked)
          GROUP BY member_id
          ORDER BY score DESC, member_id
          LIMIT :limit)
      SELECT c.member_id, cast(c.score AS integer), r.type, r.detail
      FROM candidates c JOIN reasons r ON r.member_id = c.member_id
      ORDER BY c.score DESC, c.member_id, r.weight DESC, r.type, r.detail
      """;

  private static final String RECONNECTING = "reconnectingSchool";

  private SuggestionQuery() {}

  /** The query's parameters: the member, how many candidates, and the rules' weights. */
  static Map<String, Object> parameters(UUID me, int limit) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("me", me);
    parameters.put("limit", limit);
    parameters.put(RECONNECTING, SuggestionRule.Weights.RECONNECTING_SCHOOL);
    for (SuggestionRule rule : SuggestionRule.values()) {
      parameters.put(rule.parameter(), rule.weight);
    }
    return parameters;
  }

  @SuppressWarnings("unchecked")
  static List<Row> run(EntityManager em, UUID me, int limit) {
    Query query = em.createNativeQuery(SQL, Row.class);
    parameters(me, limit).forEach(query::setParameter);
    return query.getResultList();
  }

  /** The rule's reasons: each of their keys that meets one of the member's. */
  private static String branch(SuggestionRule rule) {
    String weight =
        rule == SuggestionRule.SHARED_SCHOOL
            ? "CASE WHEN "
                + hasGoal(GoalType.RECONNECT)
                + " THEN :"
                + RECONNECTING
                + " ELSE :"
                + rule.parameter()
                + " END"
            : ":" + rule.parameter();
    StringBuilder where = new StringBuilder();
    if (rule.goal != null) {
      where.append(hasGoal(rule.goal)).append(" AND ");
    }
    where.append("p.").append(rule.theirs).append(" && me.").append(rule.mine);
    if (rule.atAnOrganization) {
      where.append(" AND cardinality(p.current_organization_keys) > 0");
    }
    for (String section : rule.sections) {
      where.append(" AND p.").append(section).append("_visibility = 'PUBLIC'");
    }
    return String.format(
        Locale.ROOT,
        """
            SELECT p.member_id, '%1$s' AS type, k AS detail, %2$s AS weight
            FROM me, LATERAL (
                SELECT p.member_id, p.%3$s FROM positioning p
                WHERE %4$s
                LIMIT 500) p,
              unnest(p.%3$s) AS k
            WHERE k = ANY (me.%5$s)
        """,
        rule.type.name(),
        weight,
        rule.theirs,
        where,
        rule.mine);
  }

  private static String hasGoal(GoalType goal) {
    return "me.goal_keys @> ARRAY['" + goal.name().toLowerCase(Locale.ROOT) + "']";
  }
}
