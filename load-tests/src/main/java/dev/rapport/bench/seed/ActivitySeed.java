package dev.rapport.bench.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * activity-service's rows: the log of the four types over two years, with counterparts drawn mostly
 * among the member's connections, and the activity-changes feed carrying each activity's view as
 * the service writes it.
 */
final class ActivitySeed {

  private static final String[] CONTRIBUTION_KINDS = {
    "TALK", "ADVICE", "MENTORING", "INTRODUCTION", "VOLUNTEERING", "RESOURCE"
  };
  private static final String[] DISCUSSION_KINDS = {
    "JOINED_GROUP", "POSTED", "COMMENTED", "CONTACTED_AUTHOR", "VIDEO_CALL"
  };
  private static final String[] CHANNELS = {"FEED", "EMAIL", "CHAT"};
  private static final Map<String, Integer> WEIGHTS =
      Map.ofEntries(
          Map.entry("TALK", 12),
          Map.entry("MENTORING", 11),
          Map.entry("INTRODUCTION", 10),
          Map.entry("VOLUNTEERING", 9),
          Map.entry("ADVICE", 8),
          Map.entry("RESOURCE", 5),
          Map.entry("VIDEO_CALL", 8),
          Map.entry("CONTACTED_AUTHOR", 6),
          Map.entry("POSTED", 4),
          Map.entry("COMMENTED", 3),
          Map.entry("JOINED_GROUP", 2),
          Map.entry("SHARED", 6),
          Map.entry("COMPLETED", 7),
          Map.entry("INSIGHT", 6),
          Map.entry("PROGRESS", 3),
          Map.entry("ENROLLED", 1));
  private static final Zipf TOPIC = new Zipf(Vocabulary.TOPICS.size(), 1.0);
  private static final Zipf COMMUNITY = new Zipf(Vocabulary.COMMUNITIES.size(), 1.0);

  private final DataSet data;
  private final ObjectMapper json = new ObjectMapper();

  ActivitySeed(DataSet data) {
    this.data = data;
  }

  private static final String ACTIVITY_COLUMNS =
      "id, member_id, type, kind, weight, occurred_at, topics, counterparts, direction,"
          + " visibility, community, hours, description, catalog_id, url, title, takeaway,"
          + " why_it_matters, channel, percent, insight, created_at, updated_at, version";

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
          Map<String, Object> a = activity(r, i, k);
          activities
              .uuid((UUID) a.get("id"))
              .uuid(data.memberIds[i])
              .text((String) a.get("type"))
              .text((String) a.get("kind"))
              .number(a.get("weight"))
              .instant((Instant) a.get("occurredAt"))
              .array((List<?>) a.get("topics"))
              .array((List<?>) a.get("counterparts"))
              .text((String) a.get("direction"))
              .text((String) a.get("visibility"));
          for (String column :
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
                  "insight")) {
            Object value = a.get("_" + column);
            activities.text(value == null ? null : value.toString());
          }
          activities
              .instant((Instant) a.get("createdAt"))
              .instant((Instant) a.get("updatedAt"))
              .number(0);
          activities.endRow();
          changes
              .uuid((UUID) a.get("id"))
              .uuid(data.memberIds[i])
              .text("UPSERT")
              .instant((Instant) a.get("createdAt"))
              .text(view(a));
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

  /** One activity: the view's fields by name, and the stored-only columns prefixed with "_". */
  private Map<String, Object> activity(SplittableRandom r, int member, int k) {
    Map<String, Object> a = new LinkedHashMap<>();
    double t = r.nextDouble();
    String type =
        t < 0.3
            ? "CONTRIBUTION"
            : t < 0.6 ? "DISCUSSION" : t < 0.8 ? "KNOWLEDGE_SHARE" : "LEARNING";
    Instant occurred = data.between(r, data.joinedAt[member], 1.6);
    Instant created = ProfileSeed.min(occurred.plusSeconds(r.nextInt(3600)), data.anchor);
    List<String> topics = ProfileSeed.distinct(r, Vocabulary.TOPICS, TOPIC, 1 + r.nextInt(3));
    String direction;
    String kind;
    List<UUID> counterparts;
    Map<String, Object> contribution = null;
    Map<String, Object> discussion = null;
    Map<String, Object> share = null;
    Map<String, Object> learning = null;
    switch (type) {
      case "CONTRIBUTION" -> {
        kind = CONTRIBUTION_KINDS[r.nextInt(CONTRIBUTION_KINDS.length)];
        direction = r.nextDouble() < 0.85 ? "GIVEN" : "MUTUAL";
        String community =
            r.nextDouble() < 0.3 ? Vocabulary.COMMUNITIES.get(COMMUNITY.next(r)) : null;
        counterparts = counterparts(r, member, community == null ? 1 : 0, 3);
        if (counterparts.isEmpty() && community == null) {
          community = Vocabulary.COMMUNITIES.get(COMMUNITY.next(r));
        }
        BigDecimal hours =
            r.nextDouble() < 0.7 ? BigDecimal.valueOf(1 + r.nextInt(32), 1).setScale(2) : null;
        String description =
            "Helped with " + topics.get(0) + ": " + kind.toLowerCase().replace('_', ' ') + ".";
        contribution = new LinkedHashMap<>();
        contribution.put("kind", kind);
        contribution.put("beneficiaries", strings(counterparts));
        contribution.put("community", community);
        contribution.put("hours", hours);
        contribution.put("description", description);
        a.put("_community", community);
        a.put("_hours", hours);
        a.put("_description", description);
      }
      case "DISCUSSION" -> {
        kind = DISCUSSION_KINDS[r.nextInt(DISCUSSION_KINDS.length)];
        direction = "MUTUAL";
        counterparts = counterparts(r, member, kind.equals("VIDEO_CALL") ? 1 : 0, 3);
        UUID discussionId = null;
        String url = null;
        if (r.nextDouble() < 0.8 && data.discussions > 0) {
          discussionId = data.discussionIds[data.popularDiscussion(r)];
        } else {
          url = "https://forum.example.org/t/" + slug(topics.get(0)) + "/" + r.nextInt(100000);
        }
        discussion = new LinkedHashMap<>();
        discussion.put("kind", kind);
        discussion.put("discussionId", discussionId == null ? null : discussionId.toString());
        discussion.put("url", url);
        discussion.put("participants", strings(counterparts));
        a.put("_catalogId", discussionId);
        a.put("_url", url);
      }
      case "KNOWLEDGE_SHARE" -> {
        kind = "SHARED";
        direction = "GIVEN";
        String channel = CHANNELS[r.nextInt(CHANNELS.length)];
        counterparts = counterparts(r, member, channel.equals("FEED") ? 0 : 1, 4);
        if (counterparts.isEmpty()) {
          channel = "FEED";
        }
        String url = "https://blog.example.com/" + slug(topics.get(0)) + "/" + r.nextInt(1000000);
        String title = "Notes on " + topics.get(0);
        String takeaway = "What I learned about " + topics.get(0) + " and why it changes my work";
        String why = "You are working on " + topics.get(0) + " right now and this saves you time";
        share = new LinkedHashMap<>();
        share.put("url", url);
        share.put("title", title);
        share.put("takeaway", takeaway);
        share.put("whyItMatters", why);
        share.put("recipients", strings(counterparts));
        share.put("channel", channel);
        a.put("_url", url);
        a.put("_title", title);
        a.put("_takeaway", takeaway);
        a.put("_whyItMatters", why);
        a.put("_channel", channel);
      }
      default -> {
        double l = r.nextDouble();
        kind = l < 0.3 ? "ENROLLED" : l < 0.65 ? "PROGRESS" : l < 0.8 ? "COMPLETED" : "INSIGHT";
        direction = "MUTUAL";
        counterparts = r.nextDouble() < 0.3 ? counterparts(r, member, 1, 2) : List.of();
        UUID course = data.courseIds[data.popularCourse(r)];
        Integer percent = kind.equals("PROGRESS") ? 5 + r.nextInt(95) : null;
        String insight =
            kind.equals("INSIGHT")
                ? "This week in " + topics.get(0) + ": the exercises finally made it click"
                : null;
        learning = new LinkedHashMap<>();
        learning.put("kind", kind);
        learning.put("courseId", course.toString());
        learning.put("percent", percent);
        learning.put("insight", insight);
        learning.put("companions", strings(counterparts));
        a.put("_catalogId", course);
        a.put("_percent", percent);
        a.put("_insight", insight);
      }
    }
    double v = r.nextDouble();
    a.put("id", data.uuid("activity", ((long) member << 24) + k));
    a.put("memberId", data.memberIds[member]);
    a.put("type", type);
    a.put("kind", kind);
    a.put("weight", WEIGHTS.get(kind));
    a.put("occurredAt", occurred);
    a.put("topics", topics);
    a.put("counterparts", counterparts);
    a.put("direction", direction);
    a.put("visibility", v < 0.6 ? "CONNECTIONS" : v < 0.9 ? "PUBLIC" : "PRIVATE");
    a.put("createdAt", created);
    a.put("updatedAt", created);
    a.put("contribution", contribution);
    a.put("discussion", discussion);
    a.put("knowledgeShare", share);
    a.put("learning", learning);
    return a;
  }

  /** ActivityView as activity-service serialises it into the feed. */
  private String view(Map<String, Object> a) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : a.entrySet()) {
      if (e.getKey().startsWith("_")) {
        continue;
      }
      Object value = e.getValue();
      if (value instanceof Instant || value instanceof UUID) {
        value = value.toString();
      } else if (e.getKey().equals("counterparts")) {
        value = strings(castList(value));
      }
      view.put(e.getKey(), value);
    }
    try {
      return json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Between min and max others: four in five among the member's connections. */
  private List<UUID> counterparts(SplittableRandom r, int member, int min, int max) {
    int count = min + r.nextInt(max - min + 1);
    Set<UUID> out = new LinkedHashSet<>();
    int[] connections = data.accepted[member];
    for (int tries = 0; out.size() < count && tries < count * 5; tries++) {
      int other =
          connections.length > 0 && r.nextDouble() < 0.8
              ? connections[r.nextInt(connections.length)]
              : r.nextInt(data.members);
      if (other != member) {
        out.add(data.memberIds[other]);
      }
    }
    return new ArrayList<>(out);
  }

  @SuppressWarnings("unchecked")
  private static List<UUID> castList(Object value) {
    return (List<UUID>) value;
  }

  private static List<String> strings(List<UUID> ids) {
    List<String> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(id.toString()));
    return out;
  }

  static String slug(String text) {
    return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
