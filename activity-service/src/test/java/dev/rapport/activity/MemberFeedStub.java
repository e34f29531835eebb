package dev.rapport.activity;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * profile-service's member-changes feed as the WireMock profile-service serves it: tests publish
 * members, connections and erasures here, in the shape of profile-service's contract (cursor = the
 * change's position), and the follower reads them over HTTP.
 */
public final class MemberFeedStub implements ResponseDefinitionTransformerV2 {

  static final String NAME = "member-feed";

  private static final List<String> CHANGES = new ArrayList<>();
  private static final List<Integer> LIMITS_ASKED = new ArrayList<>();
  private static volatile int maxLimit = 5000;

  /** A registered (or changed) member. */
  public static synchronized void member(UUID member) {
    add("MEMBER", member, member, "UPSERT", "{\"id\":\"" + member + "\",\"displayName\":\"M\"}");
  }

  /** A registered member with this display name. */
  public static synchronized void member(UUID member, String displayName) {
    add(
        "MEMBER",
        member,
        member,
        "UPSERT",
        "{\"id\":\"" + member + "\",\"displayName\":\"" + displayName + "\"}");
  }

  /** A connection request from requester to addressee, still pending; answers its id. */
  public static synchronized UUID request(UUID requester, UUID addressee) {
    UUID id = UUID.randomUUID();
    add("CONNECTION", id, requester, "UPSERT", connection(id, requester, addressee, "PENDING"));
    return id;
  }

  /** The addressee accepted the request. */
  public static synchronized void accept(UUID connection, UUID requester, UUID addressee) {
    add(
        "CONNECTION",
        connection,
        requester,
        "UPSERT",
        connection(connection, requester, addressee, "ACCEPTED"));
  }

  /** An accepted connection between a and b; answers its id. */
  public static synchronized UUID connect(UUID a, UUID b) {
    UUID id = UUID.randomUUID();
    add("CONNECTION", id, a, "UPSERT", connection(id, a, b, "ACCEPTED"));
    return id;
  }

  public static synchronized void disconnect(UUID connection, UUID requester) {
    add("CONNECTION", connection, requester, "DELETE", null);
  }

  /** An erasure as profile-service records it: the MEMBER DELETE, then its connections' DELETEs. */
  public static synchronized void erase(UUID member, UUID... connections) {
    add("MEMBER", member, member, "DELETE", null);
    for (UUID c : connections) {
      add("CONNECTION", c, member, "DELETE", null);
    }
  }

  /** profile-service before it allowed big pages: limit above {@code max} is a 400. */
  public static void acceptLimitsUpTo(int max) {
    maxLimit = max;
  }

  public static synchronized List<Integer> limitsAsked() {
    return List.copyOf(LIMITS_ASKED);
  }

  public static synchronized int size() {
    return CHANGES.size();
  }

  static String connection(UUID id, UUID a, UUID b, String status) {
    return "{\"id\":\"%s\",\"requesterId\":\"%s\",\"addresseeId\":\"%s\",\"status\":\"%s\"}"
        .formatted(id, a, b, status);
  }

  private static void add(String entity, UUID id, UUID member, String op, String data) {
    int position = CHANGES.size() + 1;
    CHANGES.add(
        "{\"cursor\":\"%d\",\"entity\":\"%s\",\"entityId\":\"%s\",\"memberId\":\"%s\",\"operation\":\"%s\",\"changedAt\":\"%s\",\"data\":%s}"
            .formatted(position, entity, id, member, op, Instant.now(), data));
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    QueryParameter afterParam = event.getRequest().queryParameter("after");
    QueryParameter limitParam = event.getRequest().queryParameter("limit");
    int after = afterParam.isPresent() ? Integer.parseInt(afterParam.firstValue()) : 0;
    int limit = limitParam.isPresent() ? Integer.parseInt(limitParam.firstValue()) : 100;
    ResponseDefinitionBuilder response =
        ResponseDefinitionBuilder.like(event.getResponseDefinition()).but();
    synchronized (MemberFeedStub.class) {
      LIMITS_ASKED.add(limit);
      if (limit < 1 || limit > maxLimit) {
        return response
            .withStatus(400)
            .withHeader("Content-Type", "application/problem+json")
            .withBody(
                "{\"type\":\"https://rapport.dev/problems/invalid-request\",\"title\":\"Invalid"
                    + " request\",\"status\":400,\"detail\":\"limit: must be 1 to "
                    + maxLimit
                    + "\"}")
            .build();
      }
      List<String> page =
          CHANGES.subList(Math.min(after, CHANGES.size()), Math.min(after + limit, CHANGES.size()));
      String next = String.valueOf(after + page.size());
      return response
          .withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody(
              "{\"changes\":[" + String.join(",", page) + "],\"nextCursor\":\"" + next + "\"}")
          .build();
    }
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
