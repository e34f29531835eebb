package dev.rapport.recommendation.ranking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.testing.TestTokens;
import dev.rapport.recommendation.FeedStubs;
import dev.rapport.recommendation.StubServicesResource;
import dev.rapport.recommendation.readmodel.Feed;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Members as profile-service and activity-service would describe them, and their requests. */
final class Members {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Members() {}

  /** profile-service answers the batch read for this member with this positioning. */
  static void stubProfile(UUID id, String name, Map<String, Object> positioning) {
    StubServicesResource.server()
        .stubFor(
            get(urlPathEqualTo("/api/v1/members"))
                .withQueryParam(
                    "ids", com.github.tomakehurst.wiremock.client.WireMock.equalTo(id.toString()))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(batchBody(id, name, positioning))));
  }

  /** The batch read's JSON for this one member, as the stub serves it. */
  static String batchBody(UUID id, String name, Map<String, Object> positioning) {
    Map<String, Object> profile = new java.util.HashMap<>();
    profile.put("id", id.toString());
    profile.put("displayName", name);
    profile.put("headline", name + "'s headline");
    profile.put("positioning", positioning);
    try {
      return JSON.writeValueAsString(Map.of("items", List.of(profile)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Members known to the read model (MEMBER then POSITIONING changes), connected to {@code me}. */
  static void connect(UUID me, List<UUID> others) {
    List<Map<String, Object>> changes = new ArrayList<>();
    for (UUID other : others) {
      changes.add(FeedStubs.connection(UUID.randomUUID(), me, other, "ACCEPTED"));
    }
    FeedStubs.deliver(Feed.MEMBER_CHANGES, changes);
  }

  static void known(UUID id, String name, Map<String, Object> positioning) {
    List<Map<String, Object>> changes = new ArrayList<>();
    changes.add(FeedStubs.member(id, name, null));
    if (positioning != null) {
      changes.add(FeedStubs.positioning(id, positioning));
    }
    FeedStubs.deliver(Feed.MEMBER_CHANGES, changes);
  }

  static ValidatableResponse courses(UUID me, int limit) {
    return given()
        .auth()
        .oauth2(TestTokens.member(me))
        .queryParam("limit", limit)
        .get("/api/v1/members/" + me + "/recommendations/courses")
        .then();
  }

  static ValidatableResponse discussions(UUID me, int limit) {
    return given()
        .auth()
        .oauth2(TestTokens.member(me))
        .queryParam("limit", limit)
        .get("/api/v1/members/" + me + "/recommendations/discussions")
        .then();
  }

  static void feedback(UUID me, String itemId, String type, String action) {
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(Map.of("itemId", itemId, "itemType", type, "action", action))
        .post("/api/v1/recommendations/feedback")
        .then()
        .statusCode(204);
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
