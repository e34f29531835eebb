package dev.rapport.bench.load;

import dev.rapport.bench.seed.Args;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the slowest plan that auto_explain logged for the given databases since a byte offset of
 * the PostgreSQL server log, and writes it (query text, EXPLAIN (ANALYZE, BUFFERS) plan) to a file.
 * {@code bench.sh explain} runs each scenario briefly with auto_explain on, so these are the plans
 * of the queries the services really ran.
 */
public final class Explain {

  private static final Pattern ENTRY =
      Pattern.compile(
          "^\\S+ \\S+ \\S+ \\[\\d+\\] \\S*@(\\S+) LOG:  duration: ([\\d.]+) ms  plan:$");

  private Explain() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> a = Args.parse(args);
    Set<String> databases = Set.of(a.get("databases").split(","));
    String text;
    try (RandomAccessFile log = new RandomAccessFile(a.get("log"), "r")) {
      long from = Long.parseLong(a.getOrDefault("from", "0"));
      log.seek(from);
      byte[] bytes = new byte[(int) (log.length() - from)];
      log.readFully(bytes);
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    double slowest = -1;
    String best = null;
    String bestDb = null;
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ENTRY.matcher(lines[i]);
      if (!m.matches() || !databases.contains(m.group(1))) {
        continue;
      }
      List<String> plan = new ArrayList<>();
      int j = i + 1;
      while (j < lines.length && lines[j].startsWith("\t")) {
        plan.add(lines[j].substring(1));
        j++;
      }
      double ms = Double.parseDouble(m.group(2));
      String joined = String.join("\n", plan);
      // the feed follower and health checks are not the endpoint under load
      if (ms > slowest && !joined.contains("_change") && !joined.contains("feed_state")) {
        slowest = ms;
        best = joined;
        bestDb = m.group(1);
      }
      i = j - 1;
    }
    String out =
        best == null
            ? "(no plan was logged)\n"
            : "-- database " + bestDb + ", " + slowest + " ms\n" + best + "\n";
    Files.writeString(Path.of(a.get("out")), out);
    System.out.printf("[explain] %s: slowest query %.1f ms in %s%n", a.get("out"), slowest, bestDb);
  }
}
