package dev.rapport.recommendation.ranking;

import static io.restassured.RestAssured.given;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.recommendation.FeedStubs;
import dev.rapport.recommendation.readmodel.Feed;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Members as the change feeds would describe them, and their requests. */
final class Members {

  private Members() {}

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
