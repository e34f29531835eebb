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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Member search, done in PostgreSQL ({@link SearchStatement}): full-text over the search documents
 * the caller may see, trigram matching of names, exact facets over the normalised keys (GIN indexes
 * throughout), and keyset pagination by (relevance, id).
 */
@ApplicationScoped
public class SearchService implements MemberSearch {

  private static final String KIND = "ms1";
  private static final int MAX_Q = 200;
  private static final int MAX_FACET = 100;

  /** The nil UUID: no calling member, or no cursor. */
  private static final UUID NONE = new UUID(0, 0);

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
    Optional<UUID> me = service ? Optional.empty() : caller.memberId();
    SearchSql built = build(query, service, me);
    // Planned for its values every time (SearchStatement): how common a facet key or word is
    // decides the plan, and a generic plan cannot know it.
    em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
    Query nativeQuery = em.createNativeQuery(built.sql(), Found.class);
    built.params().forEach(nativeQuery::setParameter);
    @SuppressWarnings("unchecked")
    List<Found> rows = nativeQuery.getResultList();

    boolean more = rows.size() > query.limit();
    List<Found> page = more ? rows.subList(0, query.limit()) : rows;
    List<MemberProfile> profiles = members.profiles(page.stream().map(Found::memberId).toList());
    String next = null;
    if (more) {
      Found last = page.get(page.size() - 1);
      next =
          Cursors.encode(
              KIND,
              last.rank() == null ? "-" : last.rank().toPlainString(),
              last.memberId().toString());
    }
    return new MemberPage(profiles, next);
  }

  /** A member found, with their relevance when the search has words. */
  record Found(UUID memberId, BigDecimal rank) {}

  /** The SQL of a search and its parameters; package-private for the EXPLAIN test. */
  record SearchSql(String sql, Map<String, Object> params) {}

  /** The most matches a text search ranks. */
  static final int RANKED = 1000;

  static SearchSql build(SearchQuery query, boolean service, Optional<UUID> me) {
    String q = text("q", query.q(), MAX_Q);
    Map<String, Object> params = new HashMap<>();
    params.put("service", service);
    params.put("me", me.orElse(NONE));
    params.put("skill", facet("skill", query.skill()));
    params.put("interest", facet("interest", query.interest()));
    params.put("organization", facet("organization", query.organization()));
    params.put("school", facet("school", query.school()));
    GoalType goal = Params.enumValue("goal", blankToNull(query.goal()), GoalType.class);
    params.put("goal", goal == null ? "" : goal.name());
    SearchStatement statement = q == null ? SearchStatement.BY_ID : SearchStatement.BY_RELEVANCE;
    if (q != null) {
      params.put("q", q);
    }
    boolean paged = query.cursor() != null && !query.cursor().isBlank();
    UUID afterId = NONE;
    BigDecimal afterRank = null;
    if (paged) {
      List<String> parts = Cursors.decode("cursor", query.cursor(), KIND, 2);
      try {
        afterId = UUID.fromString(parts.get(1));
        if (q == null && !parts.get(0).equals("-")) {
          throw new IllegalArgumentException();
        }
        afterRank = q == null ? null : new BigDecimal(parts.get(0));
      } catch (IllegalArgumentException e) {
        throw OpaqueCursors.invalid("cursor");
      }
    }
    params.put("paged", paged);
    params.put("afterId", afterId);
    if (q != null) {
      params.put("afterRank", afterRank == null ? BigDecimal.ZERO : afterRank);
    }
    params.put("limit", query.limit() + 1);
    return new SearchSql(statement.sql, params);
  }

  /** A facet's value, empty when it is not asked. */
  private static String facet(String name, String value) {
    String text = text(name, value, MAX_FACET);
    return text == null ? "" : text;
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
