package dev.rapport.recommendation.ranking;

import java.util.List;
import java.util.UUID;

/**
 * Who took an item, as the candidate query counted it for one member: their connections who did
 * (named in name order, with their ids in the same order), how much members like them chose it, and
 * how many members took it at all.
 */
record Uptake(
    int socialCount,
    List<String> socialNames,
    List<UUID> socialIds,
    int collaborativeCount,
    double collaborativeWeight,
    int popularity) {

  static final Uptake NONE = new Uptake(0, List.of(), List.of(), 0, 0, 0);
}
