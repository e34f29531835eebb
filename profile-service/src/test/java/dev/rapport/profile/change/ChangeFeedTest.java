package dev.rapport.profile.change;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.common.testing.TestTokens;
import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

  static final String SERVICE = TestTokens.service("recommendation-service");

  /** One read of the feed: its changes and nextCursor. */
  record Page(List<Map<String, Object>> changes, String next) {}

  static Page read(String after, int limit) {
    var request = given().auth().oauth2(SERVICE).queryParam("limit", limit);
    if (after != null) {
      request = request.queryParam("after", after);
    }
    JsonPath body =
        request.get("/api/v1/member-changes").then().statusCode(200).extract().jsonPath();
    return new Page(body.getList("changes"), body.getString("nextCursor"));
  }

  /** Reads from {@code after} to the end of what is visible now. */
  static Page drain(String after) {
    List<Map<String, Object>> all = new ArrayList<>();
    String cursor = after;
    while (true) {
      Page page = read(cursor, 500);
      all.addAll(page.changes());
      cursor = page.next();
      if (page.changes().isEmpty()) {
        return new Page(all, cursor);
      }
    }
  }

  /**
   * Reads from {@code after} until the changes match; other test runs on the same PostgreSQL server
   * may briefly hold the snapshot horizon back, which only delays changes, never loses them.
   */
  static Page await(String after, Predicate<List<Map<String, Object>>> done) {
    return Awaitility.await("the feed to show the expected changes after " + after)
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .pollDelay(Duration.ZERO)
        .until(() -> drain(after), page -> done.test(page.changes()));
  }

  /** A connection to the service's database, beside the application's. */
  static Connection database() throws SQLException {
    var config = ConfigProvider.getConfig();
    Properties props = new Properties();
    props.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
    config
        .getOptionalValue("quarkus.datasource.password", String.class)
        .filter(p -> !p.isEmpty())
        .ifPresent(p -> props.setProperty("password", p));
    return DriverManager.getConnection(
        config.getValue("quarkus.datasource.jdbc.url", String.class), props);
  }

  /**
   * The feed's end once it serves every change committed so far. The feed holds a change back while
   * any older transaction runs on the PostgreSQL server, another test run's in another database
   * too; this takes a transaction id now and waits until the server's snapshot horizon has passed
   * it, so no earlier change can show up after the returned cursor.
   */
  static String settledEnd() throws SQLException {
    String mark;
    try (Connection db = database();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery("SELECT CAST(pg_current_xact_id() AS text)")) {
      row.next();
      mark = row.getString(1);
    }
    Awaitility.await("the snapshot horizon to pass transaction " + mark)
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .pollDelay(Duration.ZERO)
        .until(
            () -> {
              try (Connection db = database();
                  PreparedStatement query =
                      db.prepareStatement(
                          "SELECT pg_snapshot_xmin(pg_current_snapshot()) > CAST(? AS xid8)")) {
                query.setString(1, mark);
                try (ResultSet row = query.executeQuery()) {
                  row.next();
                  return row.getBoolean(1);
                }
              }
            });
    return drain(null).next();
  }

  static boolean has(
      List<Map<String, Object>> changes, String entity, Object entityId, String operation) {
    return changes.stream()
        .anyMatch(
            c ->
                entity.equals(c.get("entity"))
                    && entityId.toString().equals(c.get("entityId"))
                    && operation.equals(c.get("operation")));
  }

  @Test
  void onlyServicesReadTheFeed() {
    given().get("/api/v1/member-changes").then().statusCode(401);
    Registered m = register("Ana");
    given()
        .auth()
        .oauth2(m.token())
        .get("/api/v1/member-changes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void badCursorsAndLimitsAre400sNamingThem() {
    for (String after : List.of("bm9wZQ", "%%%", "bWMxfGF8Yg", "bWMxfC01fDE")) {
      given()
          .auth()
          .oauth2(SERVICE)
          .queryParam("after", after)
          .get("/api/v1/member-changes")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("after"));
    }
    for (String limit : List.of("0", "5001", "ten")) {
      given()
          .auth()
          .oauth2(SERVICE)
          .queryParam("limit", limit)
          .get("/api/v1/member-changes")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("limit"));
    }
  }

  @Test
  void membersPositioningsConnectionsAndErasuresAppearInOrder() throws Exception {
    String start = settledEnd();
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    position(
        ana,
        Map.of(
            "statement", "Hello",
            "hobbies", List.of("Chess"),
            "visibility", Map.of("hobbies", "PRIVATE")));
    UUID connection = connect(ana, bo);
    Page before = await(start, changes -> has(changes, "CONNECTION", connection, "UPSERT"));
    Map<String, Object> positionedBefore =
        before.changes().stream()
            .filter(
                c ->
                    "POSITIONING".equals(c.get("entity"))
                        && ana.id().toString().equals(c.get("memberId")))
            .reduce((a, b) -> b)
            .orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) positionedBefore.get("data");
    assertEquals(List.of("Chess"), data.get("hobbies"), "services see private sections");
    assertEquals("PRIVATE", ((Map<?, ?>) data.get("visibility")).get("hobbies"));

    given().auth().oauth2(ana.token()).delete("/api/v1/members/" + ana.id()).then().statusCode(204);

    Page page = await(start, changes -> has(changes, "MEMBER", ana.id(), "DELETE"));
    List<Map<String, Object>> mine =
        page.changes().stream()
            .filter(
                c ->
                    ana.id().toString().equals(c.get("memberId"))
                        || connection.toString().equals(c.get("entityId")))
            .toList();
    List<String> kinds =
        mine.stream().map(c -> c.get("entity") + " " + c.get("operation")).toList();
    assertEquals(
        List.of(
            "POSITIONING UPSERT", // registered: the empty positioning, then the member
            "MEMBER UPSERT",
            "POSITIONING UPSERT", // positioned: the positioning, then the member carrying it
            "MEMBER UPSERT",
            "CONNECTION UPSERT", // requested
            "CONNECTION UPSERT", // accepted
            "MEMBER DELETE", // the erasure first
            "CONNECTION DELETE"), // then the connections erased with the member
        kinds);
    // no earlier snapshot of the erased member is readable any more
    for (Map<String, Object> change : mine) {
      assertEquals(null, change.get("data"), change.toString());
    }
  }

  @Test
  void erasureRedactsEveryEarlierChangeAboutTheMemberAndNothingElse() throws Exception {
    String start = settledEnd();
    Registered ana = register("Ana");
    Registered bo = register("Bo");
    Registered cy = register("Cy");
    position(ana, Map.of("hobbies", List.of("Chess"), "visibility", Map.of("hobbies", "PRIVATE")));
    UUID asked = connect(ana, bo); // ana is the requester
    UUID askedBy = connect(cy, ana); // ana is the addressee
    UUID others = connect(bo, cy);
    given().auth().oauth2(ana.token()).delete("/api/v1/members/" + ana.id()).then().statusCode(204);

    Page page =
        await(
            start,
            changes ->
                has(changes, "MEMBER", ana.id(), "DELETE")
                    && has(changes, "CONNECTION", askedBy, "DELETE"));
    List<Map<String, Object>> all = page.changes();
    int memberDelete = -1;
    for (int i = 0; i < all.size(); i++) {
      Map<String, Object> c = all.get(i);
      boolean aboutAna =
          ana.id().toString().equals(c.get("memberId"))
              || ana.id().toString().equals(c.get("entityId"))
              || asked.toString().equals(c.get("entityId"))
              || askedBy.toString().equals(c.get("entityId"));
      if (aboutAna) {
        assertEquals(null, c.get("data"), "redacted: " + c);
      }
      if ("MEMBER".equals(c.get("entity"))
          && ana.id().toString().equals(c.get("entityId"))
          && "DELETE".equals(c.get("operation"))) {
        memberDelete = i;
      }
      if ("CONNECTION".equals(c.get("entity")) && "DELETE".equals(c.get("operation"))) {
        assertTrue(memberDelete >= 0 && memberDelete < i, "MEMBER DELETE comes first");
      }
    }
    // the others keep their history
    assertTrue(
        all.stream()
            .anyMatch(c -> others.toString().equals(c.get("entityId")) && c.get("data") != null));
    assertTrue(
        all.stream()
            .anyMatch(
                c ->
                    "MEMBER".equals(c.get("entity"))
                        && bo.id().toString().equals(c.get("entityId"))
                        && c.get("data") != null));
    // a big page is allowed
    given()
        .auth()
        .oauth2(SERVICE)
        .queryParam("limit", 5000)
        .get("/api/v1/member-changes")
        .then()
        .statusCode(200);
    // the erased member's session is gone with them
    given().auth().oauth2(ana.token()).get("/api/v1/members/me").then().statusCode(401);
  }

  @Test
  void aChangeCommittedLateIsNotSkipped() throws Exception {
    String cursor = settledEnd();
    UUID early = UUID.randomUUID();
    try (Connection first = database()) {
      first.setAutoCommit(false);
      // transaction 1 takes its position in the feed first, and stays open
      try (PreparedStatement insert =
          first.prepareStatement(
              "INSERT INTO member_change (entity, entity_id, member_id, operation, changed_at)"
                  + " VALUES ('MEMBER', ?, ?, 'UPSERT', now())")) {
        insert.setObject(1, early);
        insert.setObject(2, early);
        insert.executeUpdate();
      }
      // transaction 2 commits a later change
      Registered late = register("Late");

      Page whileOpen = drain(cursor);
      assertFalse(
          has(whileOpen.changes(), "MEMBER", late.id(), "UPSERT"),
          "a change is not listed while an earlier transaction may still commit before it");
      assertEquals(cursor, whileOpen.next(), "nothing listed, the cursor stays");

      first.commit();

      Page after =
          await(
              whileOpen.next(),
              changes ->
                  has(changes, "MEMBER", early, "UPSERT")
                      && has(changes, "MEMBER", late.id(), "UPSERT"));
      List<String> order =
          after.changes().stream()
              .map(c -> (String) c.get("entityId"))
              .filter(id -> id.equals(early.toString()) || id.equals(late.id().toString()))
              .toList();
      assertEquals(early.toString(), order.get(0), "the early transaction's change comes first");
      assertTrue(order.contains(late.id().toString()));
    }
  }
}
