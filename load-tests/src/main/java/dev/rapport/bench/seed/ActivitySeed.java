package dev.rapport.bench.seed;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * activity-service's rows: the log of the four types over two years ({@link ActivityRow}), the
 * activity-changes feed carrying each activity's view as the service writes it, and the cadences
 * members set for some of their connections.
 */
final class ActivitySeed {

  private static final String ACTIVITY_COLUMNS =
      "id, member_id, type, kind, weight, occurred_at, topics, counterparts, direction,"
          + " visibility, community, hours, description, catalog_id, url, title, takeaway,"
          + " why_it_matters, channel, percent, insight, created_at, updated_at, version";

  /** The type's own columns, after visibility in {@link #ACTIVITY_COLUMNS}, by view name. */
  private static final List<String> DETAIL_COLUMNS =
      List.of(
          "community",
          "hours",
          "description",
          "catalogId",
          "url",
          "title",
          "takeaway",
          "whyItMatters",
          "channel",
          "percent",
          "insight");

  private final DataSet data;

  ActivitySeed(DataSet data) {
    this.data = data;
  }

  /** Writes the log and its feed side by side, each through its own connection. */
  void write(Connection activityDb, Connection changeDb) throws Exception {
    try (Copy activities = new Copy(activityDb, "activity", ACTIVITY_COLUMNS);
        Copy changes =
            new Copy(
                changeDb,
                "activity_change",
                "activity_id, member_id, operation, changed_at, data")) {
      for (int i = 0; i < data.members; i++) {
        SplittableRandom r = data.random("activity", i);
        for (int k = 0; k < data.activityCounts[i]; k++) {
          ActivityRow a = ActivityRow.draw(data, r, i, k);
          activities
              .uuid(a.id())
              .uuid(data.memberIds[i])
              .text(a.type())
              .text(a.kind())
              .number(a.weight())
              .instant(a.occurredAt())
              .array(a.topics())
              .array(a.counterparts())
              .text(a.direction())
              .text(a.visibility());
          for (String column : DETAIL_COLUMNS) {
            activities.text(a.stored(column));
          }
          activities.instant(a.createdAt()).instant(a.createdAt()).number(0);
          activities.endRow();
          changes
              .uuid(a.id())
              .uuid(data.memberIds[i])
              .text("UPSERT")
              .instant(a.createdAt())
              .text(Json.write(view(a, i)));
          changes.endRow();
        }
      }
    }
  }

  /** Cadences some members set for a few of their connections (nudges read them). */
  void writeCadences(Connection db) throws Exception {
    try (Copy cadences =
        new Copy(db, "relationship_cadence", "member_id, counterpart_id, every_days, set_at")) {
      for (int i = 0; i < data.members; i++) {
        SplittableRandom r = data.random("cadence", i);
        if (r.nextDouble() >= 0.1 || data.accepted[i].length == 0) {
          continue;
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        int count = 1 + r.nextInt(Math.min(5, data.accepted[i].length));
        for (int tries = 0; chosen.size() < count && tries < 20; tries++) {
          chosen.add(data.accepted[i][r.nextInt(data.accepted[i].length)]);
        }
        for (int other : chosen) {
          cadences
              .uuid(data.memberIds[i])
              .uuid(data.memberIds[other])
              .number(new int[] {7, 14, 30, 60, 90}[r.nextInt(5)])
              .instant(data.between(r, data.joinedAt[i], 1.0));
          cadences.endRow();
        }
      }
    }
  }

  /** ActivityView as activity-service serialises it into the feed. */
  private Map<String, Object> view(ActivityRow a, int member) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", a.id().toString());
    view.put("memberId", data.memberIds[member].toString());
    view.put("type", a.type());
    view.put("kind", a.kind());
    view.put("weight", a.weight());
    view.put("occurredAt", a.occurredAt().toString());
    view.put("topics", a.topics());
    view.put("counterparts", ActivityRow.strings(a.counterparts()));
    view.put("direction", a.direction());
    view.put("visibility", a.visibility());
    view.put("createdAt", a.createdAt().toString());
    view.put("updatedAt", a.createdAt().toString());
    for (String type : List.of("CONTRIBUTION", "DISCUSSION", "KNOWLEDGE_SHARE", "LEARNING")) {
      view.put(ActivityRow.DETAILS.get(type), type.equals(a.type()) ? a.details() : null);
    }
    return view;
  }
}
