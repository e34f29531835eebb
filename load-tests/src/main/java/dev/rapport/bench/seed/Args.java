package dev.rapport.bench.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} pairs. */
public final class Args {

  private Args() {}

  public static Map<String, String> parse(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --name value, got " + args[i]);
      }
      out.put(args[i].substring(2), args[++i]);
    }
    return out;
  }
}
