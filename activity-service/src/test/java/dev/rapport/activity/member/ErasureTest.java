package dev.rapport.activity.member;

import static dev.rapport.activity.Activities.create;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.activity.Bodies;
import dev.rapport.activity.MemberFeedStub;
import dev.rapport.common.security.Audiences;
import dev.rapport.common.security.Scopes;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A MEMBER DELETE in profile-service's member-changes erases the member here: their activities,
 * idempotency records and cadences go (with DELETE changes for recommendation-service), other
 * members' activities stop naming them, no later change brings them back, and their token is
 * refused everywhere. Before that, their data can be exported.
 */
@QuarkusTest
class ErasureTest {

  private static final String SERVICE = TestTokens.service("recommendation-service");

  @Inject MemberFeedFollower follower;
  @Inject DataSource dataSource;

  static void cadence(UUID member, UUID counterpart) {
    given()
        .auth()
        .oauth2(TestTokens.member(member))
        .contentType(ContentType.JSON)
        .body("{\"everyDays\":14}")
        .put("/api/v1/members/" + member + "/relationships/" + counterpart + "/cadence")
        .then()
        .statusCode(200);
  }

  static io.restassured.response.ValidatableResponse export(String token, UUID member) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/members/" + member + "/activity-export")
        .then();
  }

  @Test
  void theExportHasTheMembersActivitiesAndCadencesForThemAndForServicesWithTheScope() {
    UUID me = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    String mine = create(me, null, Bodies.contribution(List.of(friend)));
    String secret =
        create(
            me, null, Bodies.contribution("ADVICE", List.of(friend), "\"visibility\":\"PRIVATE\""));
    cadence(me, friend);

    export(TestTokens.member(me), me)
        .statusCode(200)
        .body("memberId", equalTo(me.toString()))
        .body("activities.id", contains(secret, mine))
        .body("activities[0].visibility", equalTo("PRIVATE"))
        .body("cadences", hasSize(1))
        .body("cadences[0].counterpartId", equalTo(friend.toString()))
        .body("cadences[0].everyDays", equalTo(14));
    String exporter =
        TestTokens.service(
            "profile-service",
            Set.of(Audiences.ACTIVITY, Audiences.RECOMMENDATION),
            Scopes.MEMBER_DATA_EXPORT);
    export(exporter, me).statusCode(200).body("activities", hasSize(2));

    // what reached the friend, and what they answered, are in theirs
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .contentType(io.restassured.http.ContentType.JSON)
        .body("{\"kind\":\"THANKS\",\"text\":\"Thank you\"}")
        .post("/api/v1/activities/" + mine + "/responses")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .contentType(io.restassured.http.ContentType.JSON)
        .body("{\"url\":\"https://app.example.org/hook\",\"events\":[\"CONTRIBUTION\"]}")
        .post("/api/v1/members/" + friend + "/webhooks")
        .then()
        .statusCode(201);
    export(TestTokens.member(friend), friend)
        .statusCode(200)
        .body("activities", hasSize(0))
        .body("inbox.activityId", containsInAnyOrder(secret, mine))
        .body("responses.activityId", contains(mine))
        .body("responses[0].text", equalTo("Thank you"))
        .body("webhooks[0].url", equalTo("https://app.example.org/hook"))
        .body("webhooks[0].secret", org.hamcrest.Matchers.nullValue())
        .body("studyCircles", hasSize(0));
    export(TestTokens.member(me), me).statusCode(200).body("inbox.kind", contains("RESPONSE"));

    export(TestTokens.member(friend), me).statusCode(403).contentType("application/problem+json");
    String reader =
        TestTokens.service(
            "recommendation-service", Set.of(Audiences.ACTIVITY), Scopes.ACTIVITIES_READ);
    export(reader, me).statusCode(403).contentType("application/problem+json");
    given()
        .get("/api/v1/members/" + me + "/activity-export")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    export(TestTokens.member(me), UUID.randomUUID()).statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .get("/api/v1/members/not-a-uuid/activity-export")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aMemberDeleteErasesTheMemberAndNothingBringsThemBack() throws Exception {
    UUID erased = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    MemberFeedStub.member(erased);
    MemberFeedStub.member(friend);
    MemberFeedStub.member(other);
    UUID connection = MemberFeedStub.connect(erased, friend);
    follower.follow();

    String open =
        create(erased, "k-1", Bodies.share(List.of(friend), "FEED", "\"visibility\":\"PUBLIC\""));
    String shared =
        create(
            erased,
            "k-2",
            Bodies.contribution("ADVICE", List.of(friend), "\"visibility\":\"CONNECTIONS\""));
    cadence(erased, friend);
    String friends =
        create(
            friend,
            null,
            Bodies.contribution("ADVICE", List.of(erased, other), "\"visibility\":\"PUBLIC\""));
    cadence(friend, erased);
    cadence(friend, other);
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .queryParam("memberId", erased.toString())
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", hasSize(2));
    assertEquals(2, count("SELECT count(*) FROM idempotency_key WHERE member_id = ?", erased));

    MemberFeedStub.erase(erased, connection);
    follower.follow();

    // The erased member's token is refused on every endpoint, writes included.
    String token = TestTokens.member(erased);
    given().auth().oauth2(token).get("/api/v1/activities").then().statusCode(401);
    given().auth().oauth2(token).get("/api/v1/activities/" + friends).then().statusCode(401);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Bodies.contribution(List.of(friend)))
        .post("/api/v1/activities")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().auth().oauth2(token).delete("/api/v1/activities/" + open).then().statusCode(401);
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/members/" + erased + "/nudges")
        .then()
        .statusCode(401);
    export(token, erased).statusCode(401);
    // A member-tokened session of someone else is unaffected.
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .get("/api/v1/activities")
        .then()
        .statusCode(200);

    // Their activities are gone for everyone; the friend's activity no longer names them.
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .queryParam("memberId", erased.toString())
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items", empty());
    given()
        .auth()
        .oauth2(SERVICE)
        .queryParam("memberId", erased.toString())
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items", empty());
    given().auth().oauth2(SERVICE).get("/api/v1/activities/" + open).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .get("/api/v1/activities/" + friends)
        .then()
        .statusCode(200)
        .body("counterparts", contains(other.toString()))
        .body("contribution.beneficiaries", contains(other.toString()));
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .get("/api/v1/members/" + friend + "/relationships")
        .then()
        .statusCode(200)
        .body("items.counterpartId", hasItem(other.toString()))
        .body("items.counterpartId", not(hasItem(erased.toString())));
    export(SERVICE_EXPORT, erased)
        .statusCode(200)
        .body("activities", empty())
        .body("cadences", empty());
    assertEquals(0, count("SELECT count(*) FROM idempotency_key WHERE member_id = ?", erased));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM relationship_cadence WHERE member_id = ? OR counterpart_id = ?",
            erased,
            erased));

    // The activity feed keeps nothing that names them: DELETEs for their activities, and the
    // friend's activity only as it is now. The feed serves the erasure's changes once every older
    // transaction on the PostgreSQL server has ended (another test run's may hold it back).
    await("the erasure's changes in the activity feed")
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .pollDelay(Duration.ZERO)
        .untilAsserted(
            () -> {
              List<Map<String, Object>> feed = wholeFeed();
              List<Object> deleted = new ArrayList<>();
              for (Map<String, Object> change : feed) {
                if (change.toString().contains(erased.toString())) {
                  assertEquals("DELETE", change.get("operation"), change.toString());
                  assertNull(change.get("data"));
                  deleted.add(change.get("entityId"));
                }
              }
              assertTrue(deleted.containsAll(List.of(open, shared)), deleted.toString());
              assertEquals(
                  1,
                  feed.stream().filter(c -> friends.equals(c.get("entityId"))).count(),
                  "friend's activity");
            });

    // Replayed or late changes do not bring them back; their id is no member for writes.
    MemberFeedStub.member(erased);
    MemberFeedStub.connect(erased, friend);
    MemberFeedStub.erase(erased);
    follower.follow();
    given().auth().oauth2(token).get("/api/v1/activities").then().statusCode(401);
    assertEquals(0, count("SELECT count(*) FROM known_member WHERE member_id = ?", erased));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM member_connection WHERE member_id = ? OR other_id = ?",
            erased,
            erased));
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .contentType(ContentType.JSON)
        .body(Bodies.contribution(List.of(erased)))
        .post("/api/v1/activities")
        .then()
        .statusCode(422)
        .body("detail", containsString(erased.toString()));
  }

  private static final String SERVICE_EXPORT =
      TestTokens.service("profile-service", Set.of(Audiences.ACTIVITY), Scopes.MEMBER_DATA_EXPORT);

  private List<Map<String, Object>> wholeFeed() {
    List<Map<String, Object>> all = new ArrayList<>();
    String cursor = null;
    while (true) {
      var request = given().auth().oauth2(SERVICE).queryParam("limit", 5000);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      JsonPath page =
          request.get("/api/v1/activity-changes").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> changes = page.getList("changes");
      if (changes.isEmpty()) {
        return all;
      }
      all.addAll(changes);
      cursor = page.getString("nextCursor");
    }
  }

  private long count(String sql, UUID... ids) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < ids.length; i++) {
        q.setObject(i + 1, ids[i]);
      }
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
