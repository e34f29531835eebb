package dev.rapport.recommendation.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The keyset search both catalog tables share. Without {@code q} rows come by title; with it, by
 * relevance (full-text rank plus trigram similarity of the title, rounded so the cursor compares
 * exactly), then id. Only ids and sort keys come back; the page's entities are loaded by id.
 */
final class SqlSearch {

  record Hit(UUID id, String key) {}

  private final String table;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  SqlSearch(String table) {
    this.table = table;
  }

  SqlSearch where(String condition, Object... values) {
    conditions.add(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  List<Hit> run(Connection connection, String q, PageCursor after, int limit) throws SQLException {
    List<Object> params = new ArrayList<>();
    String key;
    String order;
    List<String> where = new ArrayList<>();
    if (q != null) {
      key =
          "round(cast(ts_rank(t.search, websearch_to_tsquery('english', ?))"
              + " + similarity(t.title, ?) AS numeric), 6)";
      params.add(q);
      params.add(q);
      where.add(
          "(t.search @@ websearch_to_tsquery('english', ?) OR t.title % ? OR t.title ILIKE ?)");
      params.add(q);
      params.add(q);
      params.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      order = "sort_key DESC, id";
    } else {
      key = "lower(t.title)";
      order = "sort_key, id";
    }
    where.addAll(conditions);
    params.addAll(parameters);
    StringBuilder sql =
        new StringBuilder("SELECT id, sort_key FROM (SELECT t.id, ")
            .append(key)
            .append(" AS sort_key FROM ")
            .append(table)
            .append(" t");
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
    sql.append(") s");
    if (after != null) {
      if (q != null) {
        sql.append(" WHERE (sort_key < ? OR (sort_key = ? AND id > ?))");
        params.add(new java.math.BigDecimal(after.key()));
        params.add(new java.math.BigDecimal(after.key()));
      } else {
        sql.append(" WHERE (sort_key, id) > (?, ?)");
        params.add(after.key());
      }
      params.add(after.id());
    }
    sql.append(" ORDER BY ").append(order).append(" LIMIT ?");
    params.add(limit);
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      List<Hit> hits = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          hits.add(new Hit(rs.getObject(1, UUID.class), rs.getString(2)));
        }
      }
      return hits;
    }
  }
}
