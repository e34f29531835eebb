package dev.rapport.profile.web;

import dev.rapport.common.web.OpaqueCursors;
import java.util.ArrayList;
import java.util.List;

/**
 * profile-service's cursors: common's {@link OpaqueCursors} with the cursor's kind as first part,
 * so that a cursor of one operation is refused by another.
 */
public final class Cursors {

  private Cursors() {}

  public static String encode(String kind, String... parts) {
    List<String> all = new ArrayList<>(parts.length + 1);
    all.add(kind);
    all.addAll(List.of(parts));
    return OpaqueCursors.encode(all);
  }

  /**
   * The cursor's parts after its kind; 400 naming {@code name} when it is not one of ours or has
   * another shape.
   */
  public static List<String> decode(String name, String cursor, String kind, int parts) {
    List<String> values = OpaqueCursors.decode(name, cursor, parts + 1);
    if (!values.get(0).equals(kind)) {
      throw OpaqueCursors.invalid(name);
    }
    return values.subList(1, values.size());
  }
}
