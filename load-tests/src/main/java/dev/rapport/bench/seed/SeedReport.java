package dev.rapport.bench.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code --report} receives: the data set's shape and each phase's time, in order. */
final class SeedReport {

  private final Map<String, String> entries = new LinkedHashMap<>();

  synchronized void put(String name, String value) {
    entries.put(name, value);
  }

  synchronized String get(String name) {
    return entries.get(name);
  }

  /** Records and prints the time since {@code startedNanos} as the phase's. */
  synchronized void phase(String name, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    entries.put("time: " + name, String.format("%.1f s", seconds));
    System.out.printf("[seed] %-60s %8.1f s%n", name, seconds);
  }

  synchronized void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder b = new StringBuilder();
    entries.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
    Files.writeString(file, b.toString());
  }
}
