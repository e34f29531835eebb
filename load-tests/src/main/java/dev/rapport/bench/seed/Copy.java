package dev.rapport.bench.seed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** One COPY … FROM STDIN (FORMAT csv) into a table, written a field at a time. */
final class Copy implements AutoCloseable {

  private final PGCopyOutputStream stream;
  private final BufferedWriter out;
  private boolean first = true;
  private long rows;

  Copy(Connection connection, String table, String columns) throws SQLException {
    stream =
        new PGCopyOutputStream(
            connection.unwrap(PGConnection.class),
            "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)",
            1 << 20);
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 20);
  }

  private Copy raw(String value) {
    try {
      if (!first) {
        out.write(',');
      }
      first = false;
      if (value != null) {
        out.write(value);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text field; null is SQL NULL. */
  Copy text(String value) {
    return raw(value == null ? null : quote(value));
  }

  Copy uuid(UUID value) {
    return raw(value == null ? null : value.toString());
  }

  Copy number(Object value) {
    return raw(value == null ? null : value.toString());
  }

  Copy bool(boolean value) {
    return raw(value ? "t" : "f");
  }

  Copy instant(Instant value) {
    return raw(value == null ? null : value.toString());
  }

  /** A PostgreSQL array literal of text or uuid elements. */
  Copy array(Collection<?> values) {
    StringBuilder b = new StringBuilder("{");
    for (Object v : values) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('"');
      String s = v.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          b.append('\\');
        }
        b.append(c);
      }
      b.append('"');
    }
    return text(b.append('}').toString());
  }

  void endRow() {
    try {
      out.write('\n');
      first = true;
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long rows() {
    return rows;
  }

  private static String quote(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException, SQLException {
    out.flush();
    stream.endCopy();
  }
}
