package dev.rapport.activity.way;

import java.util.Map;

/**
 * How much one activity counts towards a relationship and a summary, on one scale from 1 (passive)
 * to 12 (giving a talk). Used by relationship strength and by the summary's weight totals.
 */
public final class Weights {

  /** Knowledge shares have a single kind, mirrored at the top level of the activity view. */
  public static final String SHARED = "SHARED";

  private static final Map<ActivityType, Map<String, Integer>> TABLE =
      Map.of(
          ActivityType.CONTRIBUTION,
          Map.of(
              "TALK", 12,
              "MENTORING", 11,
              "INTRODUCTION", 10,
              "VOLUNTEERING", 9,
              "ADVICE", 8,
              "RESOURCE", 5),
          ActivityType.DISCUSSION,
          Map.of(
              "VIDEO_CALL", 8,
              "CONTACTED_AUTHOR", 6,
              "POSTED", 4,
              "COMMENTED", 3,
              "JOINED_GROUP", 2),
          ActivityType.KNOWLEDGE_SHARE,
          Map.of(SHARED, 6),
          ActivityType.LEARNING,
          Map.of(
              "COMPLETED", 7,
              "INSIGHT", 6,
              "PROGRESS", 3,
              "ENROLLED", 1));

  /** The same table in words, for the OpenAPI document. */
  public static final String DESCRIPTION =
      "Each activity has a weight on one scale from 1 (passive) to 12 (giving a talk), used by"
          + " relationship strength and summaries: CONTRIBUTION TALK 12, MENTORING 11, INTRODUCTION"
          + " 10, VOLUNTEERING 9, ADVICE 8, RESOURCE 5; DISCUSSION VIDEO_CALL 8, CONTACTED_AUTHOR 6,"
          + " POSTED 4, COMMENTED 3, JOINED_GROUP 2; KNOWLEDGE_SHARE (kind SHARED) 6; LEARNING"
          + " COMPLETED 7, INSIGHT 6, PROGRESS 3, ENROLLED 1.";

  private Weights() {}

  public static int of(ActivityType type, String kind) {
    Integer weight = TABLE.get(type).get(kind);
    if (weight == null) {
      throw new IllegalArgumentException(type + " has no kind " + kind);
    }
    return weight;
  }
}
