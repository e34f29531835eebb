package dev.rapport.profile.search;

/**
 * The two statements member search sends, fixed SQL whose parameters say what the caller asked and
 * may see: {@code :service} (a service sees every section), {@code :me} (the calling member, or the
 * nil UUID), a facet per key set (empty when not asked), {@code :paged} with the cursor's {@code
 * :afterId} (and {@code :afterRank} for a search with words {@code :q}). PostgreSQL plans each
 * execution with its values (custom plans, see {@link SearchService}), so a facet not asked or a
 * visibility rule that cannot apply folds away and the GIN indexes, or the primary key for a common
 * key, serve what remains.
 */
enum SearchStatement {
  /** Without words: by id. */
  BY_ID(
      Parts.FRIENDS
          + "SELECT p.member_id, CAST(NULL AS numeric) FROM positioning p WHERE "
          + Parts.FACETS
          + " AND (NOT :paged OR p.member_id > :afterId) ORDER BY p.member_id LIMIT :limit"),

  /**
   * With words: by relevance. A term that thousands of members share is ranked over the first
   * {@link SearchService#RANKED} matches found (through the text index where the term is rare, a
   * scan that stops early where it is common), so that no request ranks a large share of all
   * members.
   */
  BY_RELEVANCE(
      Parts.FRIENDS
          + "SELECT s.member_id, s.rank FROM (SELECT p.member_id, round(cast(ts_rank(CASE WHEN"
          + " :service THEN p.search_private ELSE p.search_public END, "
          + Parts.TSQ
          + ") + word_similarity("
          + Parts.NORM
          + ", p.name_key) AS numeric), 6) AS rank"
          + " FROM (SELECT p.* FROM positioning p WHERE "
          + Parts.FACETS
          + " AND ((p.search_private @@ "
          + Parts.TSQ
          + " AND (:service OR p.member_id = :me))"
          + " OR (NOT :service AND p.search_public @@ "
          + Parts.TSQ
          + ") OR (NOT :service AND p.search_connections @@ "
          + Parts.TSQ
          + " AND p.member_id IN (SELECT id FROM friends))"
          + " OR "
          + Parts.NORM
          + " <% p.name_key)"
          + " LIMIT "
          + SearchService.RANKED
          + ") p) s"
          + " WHERE (NOT :paged OR s.rank < :afterRank"
          + " OR (s.rank = :afterRank AND s.member_id > :afterId))"
          + " ORDER BY s.rank DESC, s.member_id LIMIT :limit");

  final String sql;

  SearchStatement(String sql) {
    this.sql = sql;
  }

  /** The statements' parts, ready before the statements are built. */
  private static final class Parts {
    static final String FRIENDS =
        // The caller's accepted connections, read in PostgreSQL from the pair indexes (none for the
        // nil UUID): a hub's thousands of ids never travel to the service and back.
        "WITH friends AS (SELECT addressee_id AS id FROM connection WHERE requester_id = :me"
            + " AND status = 'ACCEPTED' UNION ALL SELECT requester_id FROM connection"
            + " WHERE addressee_id = :me AND status = 'ACCEPTED') ";

    // The words, normalised and parsed once per execution: as uncorrelated scalar subqueries they
    // are InitPlans. Written inline, a generic plan computed them again for every row it checked
    // (278 ms of a 329 ms search at 10 000 members).
    static final String NORM = "(SELECT rapport_norm(:q))";

    static final String TSQ = "(SELECT websearch_to_tsquery('simple', rapport_norm(:q)))";

    /**
     * Every facet, each matched only in a section the caller may see. The key is written inline:
     * rapport_norm is IMMUTABLE, so the custom plan that {@link SearchService} asks for folds it to
     * a constant and the planner sees how common the key is. A common one ("python", 60% of members
     * at 100 000) is then read in id order from the primary key, stopping at the page's end, rather
     * than collected from the GIN index whole and sorted (0.5 ms instead of 110 ms).
     */
    static final String FACETS =
        facet("skill", "skill_keys", "skills")
            + " AND "
            + facet("interest", "interest_keys", "interests")
            + " AND "
            + facet("organization", "organization_keys", "organizations")
            + " AND "
            + facet("school", "school_keys", "education")
            + " AND "
            + facet("goal", "goal_keys", "goals");

    private Parts() {}

    private static String facet(String parameter, String keys, String section) {
      String visibility = "p." + section + "_visibility";
      return "(:"
          + parameter
          + " = '' OR (p."
          + keys
          + " @> ARRAY[rapport_norm(:"
          + parameter
          + ")] AND (:service OR "
          + visibility
          + " = 'PUBLIC' OR p.member_id = :me OR ("
          + visibility
          + " = 'CONNECTIONS' AND p.member_id IN (SELECT id FROM friends)))))";
    }
  }
}
