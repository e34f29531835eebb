package dev.rapport.activity.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A member with 100 000 activities (about two years, one every 10 minutes, with 500 people): the
 * summary, relationships, nudges and the log's pages are aggregated in PostgreSQL and come out
 * right at that size. How fast is for a load tool to measure, not for a timed test to assert.
 */
@QuarkusTest
class LargeLogTest {

  static final UUID FARTHEST = UUID.fromString("22222222-2222-2222-2222-000000000499");

  /** Met once, 60 days ago, receiving advice: FADING (strength 8 x 0.5^2 = 2) and received. */
  static final UUID FADED = UUID.fromString("22222222-2222-2222-2222-000000000900");

  @Test
  void aMemberWith100000ActivitiesGetsCorrectAggregatesFromSql() throws Exception {
    UUID me = UUID.randomUUID();
    var config = ConfigProvider.getConfig();
    try (Connection db =
            DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO activity (id, member_id, type, kind, weight, occurred_at, topics,"
                    + " counterparts, direction, visibility, hours, description, created_at,"
                    + " updated_at)"
                    + " SELECT gen_random_uuid(), ?, 'CONTRIBUTION', 'ADVICE', 8,"
                    + " now() - g * interval '10 minutes', ARRAY['java'],"
                    + " ARRAY[CAST('22222222-2222-2222-2222-' || lpad(CAST(g % 500 AS text), 12, '0')"
                    + " AS uuid)],"
                    + " CASE WHEN g % 3 = 0 THEN 'RECEIVED' ELSE 'GIVEN' END, 'PRIVATE', 1, 'x',"
                    + " now(), now() FROM generate_series(1, 100000) AS g")) {
      insert.setObject(1, me);
      insert.executeUpdate();
      // A daily cadence, set a month ago, with the counterpart met longest ago (g = 499: 4 990
      // minutes): overdue by the log's own last interaction with them.
      try (PreparedStatement cadence =
          db.prepareStatement(
              "INSERT INTO relationship_cadence (member_id, counterpart_id, every_days, set_at)"
                  + " VALUES (?, ?, 1, now() - interval '30 days')")) {
        cadence.setObject(1, me);
        cadence.setObject(2, FARTHEST);
        cadence.executeUpdate();
      }
      try (PreparedStatement faded =
          db.prepareStatement(
              "INSERT INTO activity (id, member_id, type, kind, weight, occurred_at, topics,"
                  + " counterparts, direction, visibility, hours, description, created_at,"
                  + " updated_at)"
                  + " VALUES (gen_random_uuid(), ?, 'CONTRIBUTION', 'ADVICE', 8,"
                  + " now() - interval '60 days', ARRAY['java'], ARRAY[CAST(? AS uuid)],"
                  + " 'RECEIVED', 'PRIVATE', 1, 'x', now(), now())")) {
        faded.setObject(1, me);
        faded.setObject(2, FADED);
        faded.executeUpdate();
      }
      // A bulk load bypasses the write path: it ends with the rebuild command, as a seed would.
      db.createStatement().execute("SELECT rebuild_relationship_pairs()");
      db.createStatement().execute("SELECT rebuild_member_weeks()");
      db.createStatement().execute("ANALYZE activity");
    }
    String token = TestTokens.member(me);
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/members/" + me + "/activity-summary?window=P30D")
        .then()
        .statusCode(200)
        .body("total", allOf(greaterThan(4300), lessThanOrEqualTo(4320)))
        .body("peopleReached", equalTo(500))
        .body("weeklyStreak", greaterThan(90));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/members/" + me + "/relationships?limit=20")
        .then()
        .statusCode(200)
        .body("items", hasSize(20))
        .body("items[0].interactions", equalTo(200));
    // The log only contributes, gives twice what it receives and keeps every relationship active
    // but one: the overdue cadence, the one fading relationship where the member only received
    // (RECONNECT and GIVE_FIRST) and the three ways not practised, nothing else.
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/members/" + me + "/nudges")
        .then()
        .statusCode(200)
        .body(
            "items.kind",
            containsInAnyOrder(
                "OVERDUE_CADENCE",
                "RECONNECT",
                "GIVE_FIRST",
                "PRACTISE_WAY",
                "PRACTISE_WAY",
                "PRACTISE_WAY"))
        .body(
            "items.findAll { it.kind == 'PRACTISE_WAY' }.type",
            containsInAnyOrder("DISCUSSION", "KNOWLEDGE_SHARE", "LEARNING"))
        .body(
            "items.find { it.kind == 'OVERDUE_CADENCE' }.counterpartId",
            equalTo(FARTHEST.toString()))
        .body(
            "items.find { it.kind == 'OVERDUE_CADENCE' }.reason",
            containsString("your last interaction was 3 days ago"))
        .body("items.find { it.kind == 'RECONNECT' }.counterpartId", equalTo(FADED.toString()))
        .body(
            "items.find { it.kind == 'RECONNECT' }.reason",
            containsString("strength 2.0, last interaction 60 days ago"))
        .body("items.find { it.kind == 'GIVE_FIRST' }.counterpartId", equalTo(FADED.toString()))
        .body(
            "items.find { it.kind == 'GIVE_FIRST' }.reason",
            containsString("(given 0, received 8)"));
    given()
        .auth()
        .oauth2(token)
        .queryParam("memberId", me.toString())
        .queryParam("topic", "java")
        .queryParam("limit", 100)
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items", hasSize(100));
  }
}
