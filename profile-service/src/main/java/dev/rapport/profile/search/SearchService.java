package dev.rapport.profile.search;

import dev.rapport.common.security.Caller;
import dev.rapport.common.web.OpaqueCursors;
import dev.rapport.common.web.Params;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.member.MemberRecords.MemberPage;
import dev.rapport.profile.member.MemberRecords.MemberProfile;
import dev.rapport.profile.member.MemberSearch;
import dev.rapport.profile.member.MemberSearch.SearchQuery;
import dev.rapport.profile.member.MemberService;
import dev.rapport.profile.positioning.PositioningRecords.GoalType;
import dev.rapport.profile.web.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Member search, done in PostgreSQL: full-text over the search documents the caller may see,
 * trigram matching of names, exact facets over the normalised keys (GIN indexes throughout), and
 * keyset pagination by (relevance, id).
 */
@ApplicationScoped
public class SearchService implements MemberSearch {

  private static final String KIND = "ms1";
  private static final int MAX_Q = 200;
  private static final int MAX_FACET = 100;

  private final EntityManager em;
  private final MemberService members;
  private final Caller caller;

  public SearchService(EntityManager em, MemberService members, Caller caller) {
    this.em = em;
    this.members = members;
    this.caller = caller;
  }

  @Override
  @Transactional
  public MemberPage search(SearchQuery query) {
    boolean service = caller.isService();
    SearchSql built = build(query, service, service ? Optional.empty() : caller.memberId());
    Query nativeQuery = em.createNativeQuery(built.sql());
    built.params().forEach(nativeQuery::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = nativeQuery.getResultList();

    boolean more = rows.size() > query.limit();
    List<Object[]> page = more ? rows.subList(0, query.limit()) : rows;
    List<UUID> ids = page.stream().map(r -> (UUID) r[0]).toList();
    List<MemberProfile> profiles = members.profiles(ids);
    String next = null;
    if (more) {
      Object[] last = page.get(page.size() - 1);
      next =
          Cursors.encode(
              KIND,
              last[1] == null ? "-" : ((BigDecimal) last[1]).toPlainString(),
              last[0].toString());
    }
    return new MemberPage(profiles, next);
  }

  /** The SQL of a search and its parameters; package-private for the EXPLAIN test. */
  record SearchSql(String sql, Map<String, Object> params) {}

  /** The most matches a text search ranks. */
  static final int RANKED = 1000;

  static SearchSql build(SearchQuery query, boolean service, Optional<UUID> me) {
    String q = text("q", query.q(), MAX_Q);
    Map<String, Object> params = new HashMap<>();
    me.ifPresent(id -> params.put("me", id));
    Visible visible = new Visible(service, me.isPresent());

    List<String> where = new ArrayList<>();
    facet(where, params, visible, "skill", query.skill(), "skill_keys", "skills");
    facet(where, params, visible, "interest", query.interest(), "interest_keys", "interests");
    facet(
        where,
        params,
        visible,
        "organization",
        query.organization(),
        "organization_keys",
        "organizations");
    facet(where, params, visible, "school", query.school(), "school_keys", "education");
    GoalType goal = Params.enumValue("goal", blankToNull(query.goal()), GoalType.class);
    if (goal != null) {
      where.add("p.goal_keys @> ARRAY[rapport_norm(:goal)] AND " + visible.section("goals"));
      params.put("goal", goal.name());
    }

    String rank = null;
    if (q != null) {
      params.put("q", q);
      String tsq = "websearch_to_tsquery('simple', rapport_norm(:q))";
      String names = "rapport_norm(:q) <% p.name_key";
      if (service) {
        where.add("(p.search_private @@ " + tsq + " OR " + names + ")");
        rank = "ts_rank(p.search_private, " + tsq + ")";
      } else if (me.isPresent()) {
        where.add(
            "(p.search_public @@ "
                + tsq
                + " OR (p.search_connections @@ "
                + tsq
                + " AND p.member_id IN (SELECT id FROM friends))"
                + " OR (p.member_id = :me AND p.search_private @@ "
                + tsq
                + ") OR "
                + names
                + ")");
        rank = "ts_rank(p.search_public, " + tsq + ")";
      } else {
        where.add("(p.search_public @@ " + tsq + " OR " + names + ")");
        rank = "ts_rank(p.search_public, " + tsq + ")";
      }
      rank =
          "round(cast(" + rank + " + word_similarity(rapport_norm(:q), p.name_key) as numeric), 6)";
    }

    String keyset = "";
    if (query.cursor() != null && !query.cursor().isBlank()) {
      List<String> parts = Cursors.decode("cursor", query.cursor(), KIND, 2);
      try {
        params.put("afterId", UUID.fromString(parts.get(1)));
        if (rank == null) {
          if (!parts.get(0).equals("-")) {
            throw new IllegalArgumentException();
          }
          where.add("p.member_id > :afterId");
        } else {
          params.put("afterRank", new BigDecimal(parts.get(0)));
          keyset =
              " WHERE (s.rank < :afterRank OR (s.rank = :afterRank AND s.member_id > :afterId))";
        }
      } catch (IllegalArgumentException e) {
        throw OpaqueCursors.invalid("cursor");
      }
    }

    StringBuilder sql = new StringBuilder();
    if (me.isPresent()) {
      sql.append(
          "WITH friends AS (SELECT addressee_id AS id FROM connection WHERE requester_id = :me"
              + " AND status = 'ACCEPTED' UNION ALL SELECT requester_id FROM connection"
              + " WHERE addressee_id = :me AND status = 'ACCEPTED') ");
    }
    String conditions = where.isEmpty() ? "TRUE" : String.join(" AND ", where);
    if (rank == null) {
      sql.append("SELECT p.member_id, NULL FROM positioning p WHERE ")
          .append(conditions)
          .append(" ORDER BY p.member_id LIMIT :limit");
    } else {
      // A term that thousands of members share is ranked over the first RANKED matches found
      // (through the text index where the term is rare, a scan that stops early where it is
      // common), so that no request ranks a large share of all members.
      sql.append("SELECT s.member_id, s.rank FROM (SELECT p.member_id, ")
          .append(rank)
          .append(" AS rank FROM (SELECT p.* FROM positioning p WHERE ")
          .append(conditions)
          .append(" LIMIT " + RANKED + ") p) s")
          .append(keyset)
          .append(" ORDER BY s.rank DESC, s.member_id LIMIT :limit");
    }
    params.put("limit", query.limit() + 1);
    return new SearchSql(sql.toString(), params);
  }

  /** SQL conditions under which the caller may see a section of the row {@code p}. */
  record Visible(boolean service, boolean member) {
    String section(String section) {
      String column = "p." + section + "_visibility";
      if (service) {
        return "TRUE";
      }
      if (!member) {
        return column + " = 'PUBLIC'";
      }
      return "("
          + column
          + " = 'PUBLIC' OR p.member_id = :me OR ("
          + column
          + " = 'CONNECTIONS' AND p.member_id IN (SELECT id FROM friends)))";
    }
  }

  private static void facet(
      List<String> where,
      Map<String, Object> params,
      Visible visible,
      String name,
      String value,
      String keys,
      String section) {
    String text = text(name, value, MAX_FACET);
    if (text != null) {
      where.add(
          "p." + keys + " @> ARRAY[rapport_norm(:" + name + ")] AND " + visible.section(section));
      params.put(name, text);
    }
  }

  private static String text(String name, String value, int max) {
    String text = blankToNull(value);
    if (text != null && text.length() > max) {
      throw ProblemException.invalid(name, "must be at most " + max + " characters");
    }
    return text;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
