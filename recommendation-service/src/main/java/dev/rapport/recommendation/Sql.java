package dev.rapport.recommendation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL for the read model and the scoring queries, whose upserts, arrays and aggregates JPQL
 * does not express. Connections join the caller's JTA transaction (Agroal enlists them).
 */
@ApplicationScoped
public class Sql {

  /** Reads one row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final AgroalDataSource dataSource;

  public Sql(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepare(c, sql, params)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet rs = s.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Like {@link #query} with {@code :name} parameters, which may repeat. */
  public <T> List<T> queryNamed(
      String sql, java.util.Map<String, Object> params, RowMapper<T> mapper) {
    List<Object> values = new ArrayList<>();
    java.util.regex.Matcher m = NAMED.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!params.containsKey(m.group(1))) {
        throw new IllegalArgumentException("No value for :" + m.group(1));
      }
      values.add(params.get(m.group(1)));
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    return query(out.toString(), mapper, values.toArray());
  }

  private static final java.util.regex.Pattern NAMED =
      java.util.regex.Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof String[] texts) {
        s.setArray(i + 1, c.createArrayOf("text", texts));
      } else if (p instanceof UUID[] ids) {
        s.setArray(i + 1, c.createArrayOf("uuid", ids));
      } else if (p instanceof Instant instant) {
        s.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (p instanceof Enum<?> e) {
        s.setString(i + 1, e.name());
      } else {
        s.setObject(i + 1, p);
      }
    }
    return s;
  }

  public static List<String> texts(ResultSet rs, String column) throws SQLException {
    java.sql.Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<String> out = new ArrayList<>(values.length);
    for (Object v : values) {
      if (v != null) {
        out.add(v.toString());
      }
    }
    return out;
  }

  public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
    java.sql.Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    List<UUID> out = new ArrayList<>();
    for (Object v : (Object[]) array.getArray()) {
      if (v != null) {
        out.add(v instanceof UUID u ? u : UUID.fromString(v.toString()));
      }
    }
    return out;
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
