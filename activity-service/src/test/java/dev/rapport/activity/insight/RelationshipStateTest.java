package dev.rapport.activity.insight;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.activity.Bodies;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The property behind the maintained state: after any log of inserts, patches, responses and
 * deletes, with occurredAt out of order, relationship_pair and member_week equal their full
 * recomputations from the log and its responses (relationship_pair_full, member_week_full), for
 * authors and responders alike, and the rebuild commands reproduce them.
 */
@QuarkusTest
class RelationshipStateTest {

  private static final String[] DIRECTIONS = {"GIVEN", "RECEIVED", "MUTUAL"};

  @Inject DataSource dataSource;

  @Test
  void thePairTableEqualsTheFullRecomputationAfterRandomLogs() throws Exception {
    List<UUID> owners = new ArrayList<>();
    List<UUID> checked = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      Random random = new Random(seed);
      UUID owner = UUID.randomUUID();
      owners.add(owner);
      List<UUID> people = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        people.add(UUID.randomUUID());
      }
      List<String> ids = new ArrayList<>();
      for (int op = 0; op < 45; op++) {
        int choice = random.nextInt(10);
        if (ids.isEmpty() || choice < 5) {
          ids.add(create(owner, random, people));
        } else if (choice < 7) {
          patch(owner, ids.get(random.nextInt(ids.size())), random, people);
        } else if (choice < 8) {
          respond(owner, ids.get(random.nextInt(ids.size())), random);
        } else {
          String id = ids.remove(random.nextInt(ids.size()));
          given()
              .auth()
              .oauth2(TestTokens.member(owner))
              .delete("/api/v1/activities/" + id)
              .then()
              .statusCode(204);
        }
      }
      checked.addAll(people);
      assertEquals("", mismatches(owners), "after seed " + seed);
      assertEquals("", mismatches(checked), "responders after seed " + seed);
      assertEquals("", weekMismatches(owners), "weeks after seed " + seed);
    }
    long pairs = count("SELECT count(*) FROM relationship_pair WHERE member_id = ANY(?)", owners);
    assertTrue(pairs >= 10, "pairs: " + pairs);
    count("SELECT rebuild_relationship_pairs()", null);
    count("SELECT rebuild_member_weeks()", null);
    assertEquals("", mismatches(owners), "after the rebuild");
    assertEquals("", mismatches(checked), "responders after the rebuild");
    assertEquals("", weekMismatches(owners), "weeks after the rebuild");
    assertEquals(
        pairs, count("SELECT count(*) FROM relationship_pair WHERE member_id = ANY(?)", owners));
  }

  @Test
  void anActivityDatedMinutesAheadCountsAtItsFullWeightAsBefore() {
    UUID me = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    Instant ahead = Instant.now().plus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .contentType(ContentType.JSON)
        .body(Bodies.discussion("VIDEO_CALL", List.of(friend), "\"occurredAt\":\"" + ahead + "\""))
        .post("/api/v1/activities")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .get("/api/v1/members/" + me + "/relationships")
        .then()
        .statusCode(200)
        .body("items[0].counterpartId", org.hamcrest.Matchers.equalTo(friend.toString()))
        .body("items[0].strength", org.hamcrest.Matchers.equalTo(8.0f));
  }

  private static String create(UUID owner, Random random, List<UUID> people) {
    int type = random.nextInt(4);
    // contributions and video calls name at least one member; shares and learning may name none
    List<UUID> counterparts = subset(random, people, type < 2);
    String extra =
        "\"occurredAt\":\""
            + pastInstant(random)
            + "\",\"direction\":\""
            + DIRECTIONS[random.nextInt(3)]
            + "\"";
    String body =
        switch (type) {
          case 0 ->
              Bodies.contribution(random.nextBoolean() ? "TALK" : "ADVICE", counterparts, extra);
          case 1 ->
              Bodies.discussion(
                  random.nextBoolean() ? "VIDEO_CALL" : "COMMENTED", counterparts, extra);
          case 2 -> Bodies.share(counterparts, "FEED", extra);
          default ->
              Bodies.learning(
                  random.nextBoolean() ? "ENROLLED" : "COMPLETED",
                  UUID.randomUUID(),
                  counterparts,
                  extra);
        };
    return given()
        .auth()
        .oauth2(TestTokens.member(owner))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/activities")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void patch(UUID owner, String id, Random random, List<UUID> people) {
    String type =
        given()
            .auth()
            .oauth2(TestTokens.member(owner))
            .get("/api/v1/activities/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("type");
    StringBuilder body = new StringBuilder("{\"occurredAt\":\"" + pastInstant(random) + "\"");
    if (random.nextBoolean()) {
      body.append(",\"direction\":\"").append(DIRECTIONS[random.nextInt(3)]).append("\"");
    }
    if ("CONTRIBUTION".equals(type) && random.nextBoolean()) {
      body.append(",\"contribution\":{\"kind\":\"MENTORING\",\"beneficiaries\":")
          .append(Bodies.ids(subset(random, people, true)))
          .append(",\"description\":\"Paired on the migration\"}");
    }
    body.append("}");
    given()
        .auth()
        .oauth2(TestTokens.member(owner))
        .contentType(ContentType.JSON)
        .body(body.toString())
        .patch("/api/v1/activities/" + id)
        .then()
        .statusCode(200);
  }

  /**
   * A member the activity is addressed to thanks or replies (responses count in both members'
   * pairs); an activity addressed to nobody gets none.
   */
  private static void respond(UUID owner, String id, Random random) {
    var activity =
        given()
            .auth()
            .oauth2(TestTokens.member(owner))
            .get("/api/v1/activities/" + id)
            .then()
            .statusCode(200)
            .extract();
    String type = activity.path("type");
    List<String> counterparts = activity.path("counterparts");
    if (!("CONTRIBUTION".equals(type) || "KNOWLEDGE_SHARE".equals(type))
        || counterparts.isEmpty()) {
      return;
    }
    UUID responder = UUID.fromString(counterparts.get(random.nextInt(counterparts.size())));
    given()
        .auth()
        .oauth2(TestTokens.member(responder))
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"REPLY\",\"text\":\"Thank you for this\"}")
        .post("/api/v1/activities/" + id + "/responses")
        .then()
        .statusCode(201);
  }

  private static List<UUID> subset(Random random, List<UUID> people, boolean atLeastOne) {
    List<UUID> chosen = new ArrayList<>();
    for (UUID p : people) {
      if (random.nextInt(3) == 0) {
        chosen.add(p);
      }
    }
    if (atLeastOne && chosen.isEmpty()) {
      chosen.add(people.get(random.nextInt(people.size())));
    }
    return chosen;
  }

  /** Up to a year back, in any order. */
  private static Instant pastInstant(Random random) {
    return Instant.now()
        .minus(Duration.ofHours(1))
        .minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)))
        .truncatedTo(ChronoUnit.SECONDS);
  }

  /** Rows where the maintained state and the recomputation differ, as text; empty when equal. */
  private String mismatches(List<UUID> owners) throws Exception {
    String sql =
        "SELECT coalesce(string_agg(concat_ws(' ', coalesce(p.member_id, f.member_id),"
            + " coalesce(p.counterpart_id, f.counterpart_id), p.interactions, f.interactions,"
            + " p.first_at, f.first_at, p.last_at, f.last_at, p.ways, f.ways, p.given, f.given,"
            + " p.received, f.received, p.given_weight, f.given_weight, p.received_weight,"
            + " f.received_weight, p.strength_key, f.strength_key), E'\\n'), '')"
            + " FROM (SELECT * FROM relationship_pair WHERE member_id = ANY(?)) p"
            + " FULL JOIN (SELECT * FROM relationship_pair_full WHERE member_id = ANY(?)) f"
            + " ON p.member_id = f.member_id AND p.counterpart_id = f.counterpart_id"
            + " WHERE p.member_id IS NULL OR f.member_id IS NULL"
            + " OR p.interactions <> f.interactions OR p.first_at <> f.first_at"
            + " OR p.last_at <> f.last_at OR p.ways <> f.ways OR p.given <> f.given"
            + " OR p.received <> f.received OR p.given_weight <> f.given_weight"
            + " OR p.received_weight <> f.received_weight"
            + " OR abs(p.strength_key - f.strength_key) > 1e-9";
    return mismatches(sql, owners);
  }

  /** Weekly rollups that differ from their recomputation, as text; empty when equal. */
  private String weekMismatches(List<UUID> owners) throws Exception {
    String sql =
        "SELECT coalesce(string_agg(concat_ws(' ', coalesce(p.member_id, f.member_id),"
            + " coalesce(p.week, f.week), coalesce(p.type, f.type), coalesce(p.kind, f.kind),"
            + " p.activities, f.activities, p.weight, f.weight, p.hours_given, f.hours_given,"
            + " p.hours_rows, f.hours_rows), E'\\n'), '')"
            + " FROM (SELECT * FROM member_week WHERE member_id = ANY(?)) p"
            + " FULL JOIN (SELECT * FROM member_week_full WHERE member_id = ANY(?)) f"
            + " ON p.member_id = f.member_id AND p.week = f.week AND p.type = f.type"
            + " AND p.kind = f.kind"
            + " WHERE p.member_id IS NULL OR f.member_id IS NULL"
            + " OR p.activities <> f.activities OR p.weight <> f.weight"
            + " OR p.hours_given <> f.hours_given OR p.hours_rows <> f.hours_rows";
    return mismatches(sql, owners);
  }

  private long count(String sql, List<UUID> owners) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      if (owners != null) {
        q.setArray(1, c.createArrayOf("uuid", owners.toArray()));
      }
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Runs a mismatch query whose two parameters are the owners' ids. */
  private String mismatches(String sql, List<UUID> owners) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setArray(1, c.createArrayOf("uuid", owners.toArray()));
      q.setArray(2, c.createArrayOf("uuid", owners.toArray()));
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }
}
