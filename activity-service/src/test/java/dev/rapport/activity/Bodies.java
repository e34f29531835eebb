package dev.rapport.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Request bodies for the tests, as JSON text. */
public final class Bodies {
  private Bodies() {}

  public static String ids(List<UUID> ids) {
    return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
  }

  public static String contribution(String kind, List<UUID> beneficiaries, String extra) {
    return """
        {"type":"CONTRIBUTION",%s
         "contribution":{"kind":"%s","beneficiaries":%s,"hours":1.5,
                         "description":"Reviewed the talk and rehearsed the demo"}}
        """
        .formatted(extra == null ? "" : extra + ",", kind, ids(beneficiaries));
  }

  public static String contribution(List<UUID> beneficiaries) {
    return contribution("MENTORING", beneficiaries, null);
  }

  public static String at(Instant occurredAt, String visibility) {
    return "\"occurredAt\":\"" + occurredAt + "\",\"visibility\":\"" + visibility + "\"";
  }

  public static String discussion(String kind, List<UUID> participants, String extra) {
    return """
        {"type":"DISCUSSION",%s
         "discussion":{"kind":"%s","url":"https://forum.example.org/t/42","participants":%s}}
        """
        .formatted(extra == null ? "" : extra + ",", kind, ids(participants));
  }

  public static String share(List<UUID> recipients, String channel, String extra) {
    return """
        {"type":"KNOWLEDGE_SHARE",%s
         "knowledgeShare":{"url":"https://martinfowler.com/articles/cqrs.html","title":"CQRS",
           "takeaway":"Separate read models pay off only where reads diverge",
           "whyItMatters":"Your team is debating a read model for search",
           "recipients":%s,"channel":"%s"}}
        """
        .formatted(extra == null ? "" : extra + ",", ids(recipients), channel);
  }

  public static String learning(String kind, UUID courseId, List<UUID> companions, String extra) {
    String detail =
        switch (kind) {
          case "PROGRESS" -> ",\"percent\":40";
          case "INSIGHT" ->
              ",\"insight\":\"Sagas trade isolation for availability, compensations must be idempotent\"";
          default -> "";
        };
    return """
        {"type":"LEARNING",%s
         "learning":{"kind":"%s","courseId":"%s","companions":%s%s}}
        """
        .formatted(extra == null ? "" : extra + ",", kind, courseId, ids(companions), detail);
  }
}
