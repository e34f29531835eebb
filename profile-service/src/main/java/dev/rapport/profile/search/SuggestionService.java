package dev.rapport.profile.search;

import dev.rapport.common.security.Caller;
import dev.rapport.profile.member.MemberRecords.MemberProfile;
import dev.rapport.profile.member.MemberService;
import dev.rapport.profile.positioning.PositioningCoach;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * People a member could connect with, and why. Candidates come from the GIN indexes over the
 * normalised keys (shared school, organization, community; interests that need the member's skills;
 * skills in the member's field; interest in the member's topic) and from the connection indexes
 * (mutual connections); members already linked in any state are left out. Only other members'
 * public sections count: they are strangers to the member until connected.
 *
 * <p>A mutual connection F ("You are both connected with F") would tell the caller who F is
 * connected with. It may be named only where F's connections are visible to the caller, and
 * profile-service shows a member's connections to that member alone (and to Rapport's services): so
 * no suggestion names or counts mutual connections. The reason type stays in the contract for the
 * day members can choose to show their connections.
 */
@ApplicationScoped
public class SuggestionService {

  /** The rules, also published in the operation's OpenAPI description. */
  public static final String RULES =
      "Reasons and their weights: SHARED_SCHOOL (3, or 5 when you have the RECONNECT goal);"
          + " SHARED_ORGANIZATION (3); SHARED_COMMUNITY (2); NEEDS_YOUR_SKILLS, when you seek"
          + " clients, their interests match your skills (4); WORKS_IN_YOUR_FIELD, when you seek a"
          + " job, they are currently at an organization and share your skills (4);"
          + " INTERESTED_IN_YOUR_TOPIC, when you want to be known as an expert, their interests"
          + " include your topic (3); SHARED_INTEREST and SHARED_SKILL, when you want to expand"
          + " your peer network (1 each). Only their public sections count. MUTUAL_CONNECTION is"
          + " not given: a mutual connection would reveal who that person is connected with, and"
          + " a member's connections are visible to that member alone. Members you already have a connection or request with are"
          + " left out. Ordered by the sum of weights, then id.";

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
          SELECT p.member_id, 'SHARED_SCHOOL' AS type, k AS detail,
                 CASE WHEN me.goal_keys @> ARRAY['reconnect'] THEN 5 ELSE 3 END AS weight
          FROM me, LATERAL (
              SELECT p.member_id, p.school_keys FROM positioning p
              WHERE p.school_keys && me.school_keys AND p.education_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.school_keys) AS k
          WHERE k = ANY (me.school_keys)
          UNION ALL
          SELECT p.member_id, 'SHARED_ORGANIZATION', k, 3
          FROM me, LATERAL (
              SELECT p.member_id, p.organization_keys FROM positioning p
              WHERE p.organization_keys && me.organization_keys AND p.organizations_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.organization_keys) AS k
          WHERE k = ANY (me.organization_keys)
          UNION ALL
          SELECT p.member_id, 'SHARED_COMMUNITY', k, 2
          FROM me, LATERAL (
              SELECT p.member_id, p.community_keys FROM positioning p
              WHERE p.community_keys && me.community_keys AND p.communities_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.community_keys) AS k
          WHERE k = ANY (me.community_keys)
          UNION ALL
          SELECT p.member_id, 'NEEDS_YOUR_SKILLS', k, 4
          FROM me, LATERAL (
              SELECT p.member_id, p.interest_keys FROM positioning p
              WHERE me.goal_keys @> ARRAY['find_clients'] AND p.interest_keys && me.skill_keys AND p.interests_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.interest_keys) AS k
          WHERE k = ANY (me.skill_keys)
          UNION ALL
          SELECT p.member_id, 'WORKS_IN_YOUR_FIELD', k, 4
          FROM me, LATERAL (
              SELECT p.member_id, p.skill_keys FROM positioning p
              WHERE me.goal_keys @> ARRAY['find_job'] AND p.skill_keys && me.skill_keys AND cardinality(p.current_organization_keys) > 0 AND p.skills_visibility = 'PUBLIC' AND p.organizations_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.skill_keys) AS k
          WHERE k = ANY (me.skill_keys)
          UNION ALL
          SELECT p.member_id, 'INTERESTED_IN_YOUR_TOPIC', k, 3
          FROM me, LATERAL (
              SELECT p.member_id, p.interest_keys FROM positioning p
              WHERE me.goal_keys @> ARRAY['become_known_expert'] AND p.interest_keys && me.topic_keys AND p.interests_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.interest_keys) AS k
          WHERE k = ANY (me.topic_keys)
          UNION ALL
          SELECT p.member_id, 'SHARED_INTEREST', k, 1
          FROM me, LATERAL (
              SELECT p.member_id, p.interest_keys FROM positioning p
              WHERE me.goal_keys @> ARRAY['expand_peer_network'] AND p.interest_keys && me.interest_keys AND p.interests_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.interest_keys) AS k
          WHERE k = ANY (me.interest_keys)
          UNION ALL
          SELECT p.member_id, 'SHARED_SKILL', k, 1
          FROM me, LATERAL (
              SELECT p.member_id, p.skill_keys FROM positioning p
              WHERE me.goal_keys @> ARRAY['expand_peer_network'] AND p.skill_keys && me.skill_keys AND p.skills_visibility = 'PUBLIC'
              LIMIT 500) p,
            unnest(p.skill_keys) AS k
          WHERE k = ANY (me.skill_keys)),
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

  private final EntityManager em;
  private final MemberService members;
  private final Caller caller;

  public SuggestionService(EntityManager em, MemberService members, Caller caller) {
    this.em = em;
    this.members = members;
    this.caller = caller;
  }

  public enum ReasonType {
    SHARED_SCHOOL,
    SHARED_ORGANIZATION,
    SHARED_COMMUNITY,
    NEEDS_YOUR_SKILLS,
    WORKS_IN_YOUR_FIELD,
    INTERESTED_IN_YOUR_TOPIC,
    SHARED_INTEREST,
    SHARED_SKILL,
    MUTUAL_CONNECTION
  }

  @Schema(name = "SuggestionReason")
  public record Reason(
      @Schema(examples = "SHARED_SCHOOL") ReasonType type,
      @Schema(
              description =
                  "What is shared, in your spelling (a school, skill, topic…), or for"
                      + " MUTUAL_CONNECTION the mutual member's id",
              examples = "MIT")
          String detail,
      @Schema(examples = "You both studied at MIT: reconnect with a classmate.") String text) {}

  @Schema(name = "Suggestion")
  public record Suggestion(
      MemberProfile member,
      @Schema(description = "Sum of the reasons' weights", examples = "7") int score,
      List<Reason> reasons) {}

  @Schema(name = "SuggestionList")
  public record Suggestions(List<Suggestion> items) {}

  @Transactional
  public Suggestions suggest(UUID member, int limit) {
    caller.requireSelf(member);
    PositioningView mine = members.ownerView(member).positioning();
    Map<String, String> spelling = spellings(mine);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SQL)
            .setParameter("me", member)
            .setParameter("limit", limit)
            .getResultList();
    Map<UUID, Integer> scores = new LinkedHashMap<>();
    Map<UUID, List<Object[]>> reasons = new HashMap<>();
    List<UUID> mutual = new ArrayList<>();
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      scores.put(id, ((Number) row[1]).intValue());
      reasons.computeIfAbsent(id, x -> new ArrayList<>()).add(row);
      if ("MUTUAL_CONNECTION".equals(row[2])) {
        mutual.add(UUID.fromString((String) row[3]));
      }
    }
    List<UUID> ids = new ArrayList<>(scores.keySet());
    Map<UUID, MemberProfile> profiles = new HashMap<>();
    List<UUID> wanted = new ArrayList<>(ids);
    wanted.addAll(mutual);
    members.profiles(wanted).forEach(p -> profiles.put(p.id(), p));
    List<Suggestion> items = new ArrayList<>();
    for (UUID id : ids) {
      MemberProfile profile = profiles.get(id);
      if (profile == null) {
        continue;
      }
      List<Reason> why =
          reasons.get(id).stream()
              .map(
                  r -> reason(ReasonType.valueOf((String) r[2]), (String) r[3], spelling, profiles))
              .toList();
      items.add(new Suggestion(profile, scores.get(id), why));
    }
    return new Suggestions(items);
  }

  private static Reason reason(
      ReasonType type, String key, Map<String, String> spelling, Map<UUID, MemberProfile> people) {
    if (type == ReasonType.MUTUAL_CONNECTION) {
      MemberProfile friend = people.get(UUID.fromString(key));
      String name = friend == null ? "someone" : friend.displayName();
      return new Reason(type, key, "You are both connected with " + name + ".");
    }
    String shown = spelling.getOrDefault(key, key);
    String text =
        switch (type) {
          case SHARED_SCHOOL -> "You both studied at " + shown + ": reconnect with a classmate.";
          case SHARED_ORGANIZATION -> "You have both been at " + shown + ".";
          case SHARED_COMMUNITY -> "You are both part of " + shown + ".";
          case NEEDS_YOUR_SKILLS ->
              "They are interested in " + shown + ", which you offer: a potential client.";
          case WORKS_IN_YOUR_FIELD ->
              "They work in your field (" + shown + ") at an organization: ask about openings.";
          case INTERESTED_IN_YOUR_TOPIC ->
              "They are interested in " + shown + ", the topic you want to be known for.";
          case SHARED_INTEREST -> "You share an interest in " + shown + ".";
          case SHARED_SKILL -> "You both work with " + shown + ".";
          case MUTUAL_CONNECTION -> throw new IllegalStateException();
        };
    return new Reason(type, shown, text);
  }

  /** The member's own spelling of each normalised key, to show in reasons. */
  private static Map<String, String> spellings(PositioningView p) {
    Map<String, String> spelling = new HashMap<>();
    Stream.of(
            p.skills().stream().map(s -> s.name()),
            p.interests().stream(),
            p.communities().stream(),
            p.organizations().stream().map(o -> o.name()),
            p.education().stream().map(e -> e.school()),
            p.goals().stream().map(g -> g.topic()).filter(t -> t != null))
        .flatMap(s -> s)
        .forEach(value -> spelling.putIfAbsent(PositioningCoach.normalise(value), value));
    return spelling;
  }
}
