package dev.rapport.bench.load;

import dev.rapport.bench.seed.Args;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the figures of one run out of its Gatling report: the statistics of the group named after
 * the scenario (the measured requests, without the warm-up), and appends them as one line to the
 * results file.
 */
public final class Summary {

  private static final Pattern ROW =
      Pattern.compile(
          "<td class=\"title\">([^<]+)(?:</abbr>)?</td>\\s*<td class=\"total\">([^<]*)</td>\\s*"
              + "<td class=\"ok\">([^<]*)</td>\\s*<td class=\"ko\">([^<]*)</td>");

  private Summary() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> a = Args.parse(args);
    Path report = Path.of(a.get("report"));
    Path page;
    try (Stream<Path> files = Files.list(report)) {
      List<Path> groups =
          files
              .filter(
                  f -> {
                    String n = f.getFileName().toString();
                    return n.startsWith("group_") && !n.startsWith("group_warmup");
                  })
              .toList();
      if (groups.size() != 1) {
        throw new IllegalStateException("Expected one measured group in " + report + ": " + groups);
      }
      page = groups.get(0);
    }
    Map<String, String[]> rows = new HashMap<>();
    Matcher m = ROW.matcher(Files.readString(page));
    while (m.find()) {
      rows.put(m.group(1).trim(), new String[] {m.group(2), m.group(3), m.group(4)});
    }
    long count = Long.parseLong(rows.get("Total count")[0].trim());
    String failed = rows.get("Total count")[2].trim();
    double duration = Double.parseDouble(a.get("duration"));
    String line =
        String.join(
            "\t",
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            a.getOrDefault("members", "?"),
            a.get("model"),
            a.get("scenario"),
            a.get("model").equals("open") ? a.get("rate") : "-",
            a.get("model").equals("closed") ? a.get("users") : "-",
            a.get("duration"),
            String.valueOf(count),
            failed,
            String.format("%.1f", count / duration),
            rows.get("50th percentile")[0].trim(),
            rows.get("95th percentile")[0].trim(),
            rows.get("99th percentile")[0].trim(),
            rows.get("Max")[0].trim());
    Files.writeString(
        Path.of(a.get("out")), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
