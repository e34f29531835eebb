package dev.rapport.activity.change;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.activity.Bodies;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityChangeResourceTest {

  static final String SERVICE = TestTokens.service("recommendation-service");

  record Read(List<Map<String, Object>> changes, String nextCursor) {}

  /** Reads the feed from a cursor to its current end. */
  static Read readAll(String after) {
    List<Map<String, Object>> changes = new ArrayList<>();
    String cursor = after;
    while (true) {
      var request = given().auth().oauth2(SERVICE).queryParam("limit", 50);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      JsonPath page =
          request.get("/api/v1/activity-changes").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("changes");
      String next = page.getString("nextCursor");
      if (items.isEmpty()) {
        assertEquals(cursor == null ? next : cursor, next, "an empty page keeps the cursor");
        return new Read(changes, next);
      }
      changes.addAll(items);
      cursor = next;
    }
  }

  static List<String> ids(Read read) {
    return read.changes().stream().map(c -> (String) c.get("entityId")).toList();
  }

  /**
   * Reads the feed from a cursor until the changes of these activities show, and returns those
   * changes in feed order. The feed serves a change only once every transaction older than it has
   * ended, on the whole PostgreSQL server: another test run's transaction, in another database,
   * briefly holds it back (and may let earlier changes of this database show late too).
   */
  static Read awaitChanges(String after, int expected, String... activityIds) {
    List<String> wanted = List.of(activityIds);
    return Awaitility.await("the feed to show " + expected + " changes of " + wanted)
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .pollDelay(Duration.ZERO)
        .until(
            () -> {
              Read read = readAll(after);
              return new Read(
                  read.changes().stream()
                      .filter(c -> wanted.contains((String) c.get("entityId")))
                      .toList(),
                  read.nextCursor());
            },
            read -> read.changes().size() >= expected);
  }

  @Test
  void listsCreatesChangesAndDeletesInOrder() {
    String start = readAll(null).nextCursor();
    UUID me = UUID.randomUUID();
    String id =
        given()
            .auth()
            .oauth2(TestTokens.member(me))
            .contentType(ContentType.JSON)
            .body(Bodies.contribution(List.of(UUID.randomUUID())))
            .post("/api/v1/activities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body("{\"visibility\":\"PRIVATE\"}")
        .patch("/api/v1/activities/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .delete("/api/v1/activities/" + id)
        .then()
        .statusCode(204);

    Read read = awaitChanges(start, 3, id);
    assertEquals(List.of(id, id, id), ids(read));
    Map<String, Object> created = read.changes().get(0);
    assertEquals("ACTIVITY", created.get("entity"));
    assertEquals("UPSERT", created.get("operation"));
    assertEquals(me.toString(), created.get("memberId"));
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) created.get("data");
    assertEquals("CONNECTIONS", data.get("visibility"));
    assertEquals("MENTORING", data.get("kind"));
    @SuppressWarnings("unchecked")
    Map<String, Object> changed = (Map<String, Object>) read.changes().get(1).get("data");
    assertEquals("PRIVATE", changed.get("visibility"));
    assertEquals("DELETE", read.changes().get(2).get("operation"));
    assertNull(read.changes().get(2).get("data"));
  }

  @Test
  void neverSkipsAChangeCommittedLateByAConcurrentTransaction() throws Exception {
    String start = readAll(null).nextCursor();
    UUID early = UUID.randomUUID();
    UUID me = UUID.randomUUID();
    var config = ConfigProvider.getConfig();
    try (Connection db =
        DriverManager.getConnection(
            config.getValue("quarkus.datasource.jdbc.url", String.class),
            config.getValue("quarkus.datasource.username", String.class),
            config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
      db.setAutoCommit(false);
      // The early transaction takes its position first and stays open.
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO activity_change (activity_id, member_id, operation, changed_at, data)"
                  + " VALUES (?, ?, 'UPSERT', now(), CAST(? AS jsonb))")) {
        insert.setObject(1, early);
        insert.setObject(2, me);
        insert.setString(3, "{\"id\":\"" + early + "\"}");
        insert.executeUpdate();
      }
      // A later transaction commits first.
      String late =
          given()
              .auth()
              .oauth2(TestTokens.member(me))
              .contentType(ContentType.JSON)
              .body(Bodies.contribution(List.of(UUID.randomUUID())))
              .post("/api/v1/activities")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      Read whileOpen = readAll(start);
      assertFalse(ids(whileOpen).contains(late), "held back while an earlier one may commit");
      assertFalse(ids(whileOpen).contains(early.toString()));

      db.commit();

      Read after = awaitChanges(whileOpen.nextCursor(), 2, early.toString(), late);
      assertEquals(List.of(early.toString(), late), ids(after), "both, in commit-safe order");
      assertTrue(readAll(after.nextCursor()).changes().isEmpty());
    }
  }

  @Test
  void onlyServicesReadTheFeed() {
    given()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .get("/api/v1/activity-changes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/v1/activity-changes").then().statusCode(401);
    given()
        .auth()
        .oauth2(SERVICE)
        .queryParam("after", "%%%")
        .get("/api/v1/activity-changes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("after"));
    given()
        .auth()
        .oauth2(SERVICE)
        .queryParam("limit", 5001)
        .get("/api/v1/activity-changes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    // A follower may take big pages.
    given()
        .auth()
        .oauth2(SERVICE)
        .queryParam("limit", 5000)
        .get("/api/v1/activity-changes")
        .then()
        .statusCode(200);
  }
}
