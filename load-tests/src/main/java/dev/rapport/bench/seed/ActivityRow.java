package dev.rapport.bench.seed;

import java.math.BigDecimal;
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
 * One activity as activity-service stores it, drawn from its member's generator: one of the four
 * types, with counterparts drawn mostly among the member's connections and the type's own fields
 * ({@code details}, by the names of the service's view, in its order).
 */
record ActivityRow(
    UUID id,
    String type,
    String kind,
    int weight,
    Instant occurredAt,
    List<String> topics,
    List<UUID> counterparts,
    String direction,
    String visibility,
    Instant createdAt,
    Map<String, Object> details) {

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

  /** The view's key for each type's details. */
  static final Map<String, String> DETAILS =
      Map.of(
          "CONTRIBUTION", "contribution",
          "DISCUSSION", "discussion",
          "KNOWLEDGE_SHARE", "knowledgeShare",
          "LEARNING", "learning");

  /** The k-th activity of a member, drawn from {@code r}, the member's activity generator. */
  static ActivityRow draw(DataSet data, SplittableRandom r, int member, int k) {
    double t = r.nextDouble();
    String type =
        t < 0.3
            ? "CONTRIBUTION"
            : t < 0.6 ? "DISCUSSION" : t < 0.8 ? "KNOWLEDGE_SHARE" : "LEARNING";
    Instant occurred = data.between(r, data.joinedAt[member], 1.6);
    Instant created = Draws.min(occurred.plusSeconds(r.nextInt(3600)), data.anchor);
    List<String> topics = Draws.distinct(r, Vocabulary.TOPICS, TOPIC, 1 + r.nextInt(3));
    String direction;
    String kind;
    List<UUID> counterparts;
    Map<String, Object> details;
    switch (type) {
      case "CONTRIBUTION" -> {
        kind = CONTRIBUTION_KINDS[r.nextInt(CONTRIBUTION_KINDS.length)];
        direction = r.nextDouble() < 0.85 ? "GIVEN" : "MUTUAL";
        String community =
            r.nextDouble() < 0.3 ? Vocabulary.COMMUNITIES.get(COMMUNITY.next(r)) : null;
        counterparts = counterparts(data, r, member, community == null ? 1 : 0, 3);
        if (counterparts.isEmpty() && community == null) {
          community = Vocabulary.COMMUNITIES.get(COMMUNITY.next(r));
        }
        BigDecimal hours =
            r.nextDouble() < 0.7 ? BigDecimal.valueOf(1 + r.nextInt(32), 1).setScale(2) : null;
        String description =
            "Helped with " + topics.get(0) + ": " + kind.toLowerCase().replace('_', ' ') + ".";
        details =
            fields(
                "kind", kind,
                "beneficiaries", strings(counterparts),
                "community", community,
                "hours", hours,
                "description", description);
      }
      case "DISCUSSION" -> {
        kind = DISCUSSION_KINDS[r.nextInt(DISCUSSION_KINDS.length)];
        direction = "MUTUAL";
        counterparts = counterparts(data, r, member, kind.equals("VIDEO_CALL") ? 1 : 0, 3);
        UUID discussionId = null;
        String url = null;
        if (r.nextDouble() < 0.8 && data.discussions > 0) {
          discussionId = data.discussionIds[data.popularDiscussion(r)];
        } else {
          url =
              "https://forum.example.org/t/" + Draws.slug(topics.get(0)) + "/" + r.nextInt(100000);
        }
        details =
            fields(
                "kind",
                kind,
                "discussionId",
                discussionId == null ? null : discussionId.toString(),
                "url",
                url,
                "participants",
                strings(counterparts));
      }
      case "KNOWLEDGE_SHARE" -> {
        kind = "SHARED";
        direction = "GIVEN";
        String channel = CHANNELS[r.nextInt(CHANNELS.length)];
        counterparts = counterparts(data, r, member, channel.equals("FEED") ? 0 : 1, 4);
        if (counterparts.isEmpty()) {
          channel = "FEED";
        }
        String topic = topics.get(0);
        details =
            fields(
                "url", "https://blog.example.com/" + Draws.slug(topic) + "/" + r.nextInt(1000000),
                "title", "Notes on " + topic,
                "takeaway", "What I learned about " + topic + " and why it changes my work",
                "whyItMatters",
                    "You are working on " + topic + " right now and this saves you time",
                "recipients", strings(counterparts),
                "channel", channel);
      }
      default -> {
        double l = r.nextDouble();
        kind = l < 0.3 ? "ENROLLED" : l < 0.65 ? "PROGRESS" : l < 0.8 ? "COMPLETED" : "INSIGHT";
        direction = "MUTUAL";
        counterparts = r.nextDouble() < 0.3 ? counterparts(data, r, member, 1, 2) : List.of();
        UUID course = data.courseIds[data.popularCourse(r)];
        Integer percent = kind.equals("PROGRESS") ? 5 + r.nextInt(95) : null;
        String insight =
            kind.equals("INSIGHT")
                ? "This week in " + topics.get(0) + ": the exercises finally made it click"
                : null;
        details =
            fields(
                "kind", kind,
                "courseId", course.toString(),
                "percent", percent,
                "insight", insight,
                "companions", strings(counterparts));
      }
    }
    double v = r.nextDouble();
    return new ActivityRow(
        data.uuid("activity", ((long) member << 24) + k),
        type,
        kind,
        WEIGHTS.get(kind),
        occurred,
        topics,
        counterparts,
        direction,
        v < 0.6 ? "CONNECTIONS" : v < 0.9 ? "PUBLIC" : "PRIVATE",
        created,
        details);
  }

  /**
   * A column of the type's own (a detail by its view name; {@code catalogId} is the discussion or
   * course), as COPY text; null where the type has none.
   */
  String stored(String detail) {
    Object value =
        detail.equals("catalogId")
            ? details.getOrDefault("discussionId", details.get("courseId"))
            : details.get(detail);
    return value == null ? null : value.toString();
  }

  /** Between min and max others: four in five among the member's connections. */
  private static List<UUID> counterparts(
      DataSet data, SplittableRandom r, int member, int min, int max) {
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

  static List<String> strings(List<UUID> ids) {
    List<String> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(id.toString()));
    return out;
  }

  /** Name, value, name, value…, in that order (values may be null). */
  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }
}
