package dev.rapport.recommendation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.rapport.recommendation.readmodel.Feed;
import dev.rapport.recommendation.readmodel.FeedFollower;
import dev.rapport.recommendation.readmodel.ReadModelService;
import io.quarkus.arc.Arc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Serves change-feed pages the way profile-service and activity-service do: after the read model's
 * current cursor comes the next page, then an empty page at its end. Then steps the follower.
 */
public final class FeedStubs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedStubs() {}

  /** Serves these changes as the next page of the feed and lets the read model follow it. */
  public static void deliver(Feed feed, List<Map<String, Object>> changes) {
    serve(feed, changes);
    follower().follow(feed);
  }

  public static void serve(Feed feed, List<Map<String, Object>> changes) {
    String after = Arc.container().instance(ReadModelService.class).get().cursor(feed).orElse(null);
    String next = feed.label() + "-" + UUID.randomUUID();
    List<Map<String, Object>> page = new ArrayList<>();
    for (Map<String, Object> change : changes) {
      Map<String, Object> c = new LinkedHashMap<>(change);
      c.put("cursor", next);
      page.add(c);
    }
    stubPage(feed, after, page, next);
    stubPage(feed, next, List.of(), next);
  }

  public static void stubPage(
      Feed feed, String after, List<Map<String, Object>> changes, String next) {
    MappingBuilder request = get(urlPathEqualTo(path(feed)));
    request =
        after == null
            ? request.withQueryParam("after", absent())
            : request.withQueryParam("after", equalTo(after));
    StubServicesResource.server()
        .stubFor(
            request.willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(pageBody(changes, next))));
  }

  /** A feed page's JSON as the stubs serve it. */
  public static String pageBody(List<Map<String, Object>> changes, String next) {
    Map<String, Object> body = new HashMap<>();
    body.put("changes", changes);
    body.put("nextCursor", next);
    try {
      return JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String path(Feed feed) {
    return "/api/v1/" + feed.label();
  }

  public static FeedFollower follower() {
    return Arc.container().instance(FeedFollower.class).get();
  }

  // --- changes, shaped like the providers' committed contracts (StubContractTest checks them) ---

  public static Map<String, Object> member(
      UUID id, String displayName, Map<String, Object> positioning) {
    Map<String, Object> data = new HashMap<>();
    data.put("id", id.toString());
    data.put("displayName", displayName);
    data.put("headline", displayName + "'s headline");
    data.put("positioning", positioning);
    return change("MEMBER", id, id, "UPSERT", data);
  }

  public static Map<String, Object> positioning(UUID memberId, Map<String, Object> positioning) {
    return change("POSITIONING", memberId, memberId, "UPSERT", positioning);
  }

  public static Map<String, Object> erase(UUID memberId) {
    return change("MEMBER", memberId, memberId, "DELETE", null);
  }

  public static Map<String, Object> connection(
      UUID id, UUID requester, UUID addressee, String status) {
    Map<String, Object> data = new HashMap<>();
    data.put("id", id.toString());
    data.put("requesterId", requester.toString());
    data.put("addresseeId", addressee.toString());
    data.put("status", status);
    data.put("context", "PEER");
    return change("CONNECTION", id, requester, "UPSERT", data);
  }

  public static Map<String, Object> enrolment(
      UUID activityId, UUID memberId, UUID courseId, List<String> topics) {
    Map<String, Object> data = activityData(activityId, memberId, "LEARNING", topics);
    data.put("kind", "ENROLLED");
    data.put("learning", Map.of("kind", "ENROLLED", "courseId", courseId.toString(), "percent", 0));
    return change("ACTIVITY", activityId, memberId, "UPSERT", data);
  }

  public static Map<String, Object> joined(
      UUID activityId, UUID memberId, UUID discussionId, List<String> topics) {
    Map<String, Object> data = activityData(activityId, memberId, "DISCUSSION", topics);
    data.put("kind", "JOINED_GROUP");
    data.put(
        "discussion",
        Map.of(
            "kind",
            "JOINED_GROUP",
            "discussionId",
            discussionId.toString(),
            "participants",
            List.of()));
    return change("ACTIVITY", activityId, memberId, "UPSERT", data);
  }

  /** The activity change with the activity logged at this visibility instead of CONNECTIONS. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> visibleTo(Map<String, Object> change, String visibility) {
    Map<String, Object> c = new HashMap<>(change);
    Map<String, Object> data = new HashMap<>((Map<String, Object>) change.get("data"));
    data.put("visibility", visibility);
    c.put("data", data);
    return c;
  }

  public static Map<String, Object> activityDeleted(UUID activityId, UUID memberId) {
    return change("ACTIVITY", activityId, memberId, "DELETE", null);
  }

  private static Map<String, Object> activityData(
      UUID id, UUID memberId, String type, List<String> topics) {
    Map<String, Object> data = new HashMap<>();
    data.put("id", id.toString());
    data.put("memberId", memberId.toString());
    data.put("type", type);
    data.put("kind", type);
    data.put("occurredAt", Instant.now().toString());
    data.put("topics", topics);
    data.put("counterparts", List.of());
    data.put("visibility", "CONNECTIONS");
    return data;
  }

  public static Map<String, Object> change(
      String entity, UUID entityId, UUID memberId, String operation, Object data) {
    Map<String, Object> c = new HashMap<>();
    c.put("entity", entity);
    c.put("entityId", entityId.toString());
    c.put("memberId", memberId.toString());
    c.put("operation", operation);
    c.put("changedAt", Instant.now().toString());
    c.put("data", data);
    return c;
  }

  /** A positioning object as profile-service serves it. */
  public static Map<String, Object> positioningOf(
      List<String> interests,
      List<Map<String, Object>> skills,
      List<Map<String, Object>> goals,
      List<String> schools) {
    Map<String, Object> p = new HashMap<>();
    p.put("statement", "Building things with data");
    p.put("interests", interests);
    p.put("skills", skills);
    p.put("goals", goals);
    p.put("organizations", List.of());
    p.put("communities", List.of());
    p.put("hobbies", List.of());
    p.put(
        "education",
        schools.stream()
            .map(s -> Map.<String, Object>of("school", s, "degree", "MSc", "field", "Engineering"))
            .toList());
    return p;
  }

  public static Map<String, Object> skill(String name, String level) {
    return Map.of("name", name, "level", level, "years", 2);
  }

  public static Map<String, Object> goal(String goal, String topic) {
    Map<String, Object> g = new HashMap<>();
    g.put("goal", goal);
    g.put("topic", topic);
    g.put("note", "");
    return g;
  }
}
