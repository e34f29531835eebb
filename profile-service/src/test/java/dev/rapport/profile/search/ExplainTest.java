package dev.rapport.profile.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.profile.member.MemberSearch.SearchQuery;
import dev.rapport.profile.search.SearchService.SearchSql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The search and suggestion SQL the services send can be served by indexes: with sequential scans
 * priced out, no plan reads the whole positioning or connection table. (The plans on 100k members
 * are in docs/profile-explain.md.)
 */
@QuarkusTest
class ExplainTest {

  @Inject EntityManager em;

  String explain(String sql, Map<String, Object> params) {
    return QuarkusTransaction.requiringNew()
        .<String>call(
            () -> {
              em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
              Query query = em.createNativeQuery("EXPLAIN " + sql);
              params.forEach(query::setParameter);
              List<?> rows = query.getResultList();
              return rows.stream().map(String::valueOf).collect(Collectors.joining("\n"));
            });
  }

  static void assertNoFullScan(String plan) {
    assertFalse(plan.contains("Seq Scan on positioning"), plan);
    assertFalse(plan.contains("Seq Scan on connection"), plan);
  }

  @Test
  void anonymousFacetSearchUsesTheKeyIndex() {
    SearchSql sql =
        SearchService.build(
            new SearchQuery(null, "Machine Learning", null, null, null, null, 20, null),
            false,
            Optional.empty());
    String plan = explain(sql.sql(), sql.params());
    assertTrue(plan.contains("positioning_skill_keys_idx"), plan);
    assertNoFullScan(plan);
  }

  @Test
  void memberWordSearchUsesTheSearchDocumentAndTrigramIndexes() {
    SearchSql sql =
        SearchService.build(
            new SearchQuery("forecasting retail", null, null, null, null, null, 20, null),
            false,
            Optional.of(UUID.randomUUID()));
    String plan = explain(sql.sql(), sql.params());
    assertTrue(plan.contains("positioning_search_public_idx"), plan);
    assertTrue(plan.contains("positioning_search_connections_idx"), plan);
    assertTrue(plan.contains("positioning_name_trgm_idx"), plan);
    assertNoFullScan(plan);
  }

  @Test
  void everyFacetHasItsIndex() {
    Map<String, SearchQuery> facets =
        Map.of(
            "positioning_skill_keys_idx",
            new SearchQuery(null, "Forecasting", null, null, null, null, 20, null),
            "positioning_interest_keys_idx",
            new SearchQuery(null, null, "Climate", null, null, null, 20, null),
            "positioning_organization_keys_idx",
            new SearchQuery(null, null, null, "Acme", null, null, 20, null),
            "positioning_school_keys_idx",
            new SearchQuery(null, null, null, null, "MIT", null, 20, null),
            "positioning_goal_keys_idx",
            new SearchQuery(null, null, null, null, null, "FIND_JOB", 20, null));
    facets.forEach(
        (index, query) -> {
          SearchSql sql = SearchService.build(query, true, Optional.empty());
          String plan = explain(sql.sql(), sql.params());
          assertTrue(plan.contains(index), index + " in\n" + plan);
          assertNoFullScan(plan);
        });
    // All facets at once still read no whole table.
    SearchSql all =
        SearchService.build(
            new SearchQuery(null, "Forecasting", "Climate", "Acme", "MIT", "FIND_JOB", 20, null),
            true,
            Optional.empty());
    assertNoFullScan(explain(all.sql(), all.params()));
  }

  @Test
  void suggestionsUseTheKeyAndConnectionIndexes() {
    String plan = explain(SuggestionQuery.SQL, SuggestionQuery.parameters(UUID.randomUUID(), 10));
    for (String index :
        new String[] {
          "positioning_school_keys_idx",
          "positioning_organization_keys_idx",
          "positioning_community_keys_idx",
          "positioning_interest_keys_idx",
          "positioning_skill_keys_idx",
          "connection_requester_idx",
          "connection_addressee_idx"
        }) {
      assertTrue(plan.contains(index), index + " in\n" + plan);
    }
    assertNoFullScan(plan);
  }
}
