package dev.rapport.recommendation.catalog;

import dev.rapport.common.web.ProblemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** What courses and discussions share: pages of search hits, views by id, and import checks. */
final class CatalogPages {

  private CatalogPages() {}

  /**
   * The page of the first {@code limit} hits (one more was asked for, to know whether a next page
   * exists), loaded by id and shown in the hits' order.
   */
  static <E, V> CatalogPage<V> page(
      List<CatalogSearch.Hit> hits,
      int limit,
      Function<List<UUID>, List<E>> load,
      Function<E, UUID> idOf,
      Function<E, V> view) {
    List<CatalogSearch.Hit> shown = hits.size() > limit ? hits.subList(0, limit) : hits;
    List<V> items = inOrder(shown.stream().map(CatalogSearch.Hit::id).toList(), load, idOf, view);
    String next = null;
    if (hits.size() > limit) {
      CatalogSearch.Hit last = shown.get(shown.size() - 1);
      next = new PageCursor(last.key(), last.id()).encode();
    }
    return new CatalogPage<>(items, next);
  }

  /** Views of the given items, in the given order, skipping ids that no longer exist. */
  static <E, V> List<V> inOrder(
      List<UUID> ids,
      Function<List<UUID>, List<E>> load,
      Function<E, UUID> idOf,
      Function<E, V> view) {
    Map<UUID, E> byId = new HashMap<>();
    load.apply(ids).forEach(e -> byId.put(idOf.apply(e), e));
    return ids.stream().map(byId::get).filter(Objects::nonNull).map(view).toList();
  }

  /** An import names each url once: a repeat is the 400 of the item that repeats it. */
  static void rejectRepeatedUrls(List<String> urls) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < urls.size(); i++) {
      Integer first = seen.putIfAbsent(urls.get(i).strip(), i);
      if (first != null) {
        throw ProblemException.invalid(
            "[" + i + "].url", "repeats the url of item [" + first + "]");
      }
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
