package dev.rapport.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.common.testing.EventStream;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two classmates, Ana and Bruno, walk through the five ways of building relationships online
 * against the running system, and a stranger, Carla, tries to see and change what is not hers.
 * Everything goes through HTTP, as a frontend would.
 */
@ExtendWith(RapportSystemExtension.class)
class FiveWaysIT {

  /** How long the recommendation-service may take to follow the other services' change feeds. */
  private static final Duration FEED_WAIT = Duration.ofSeconds(30);

  /**
   * Waits for something a service does in the background (following another's change feed): the
   * assertion is retried every 250 ms until it holds or FEED_WAIT has passed.
   */
  private static ConditionFactory awaitFeeds(String awaited) {
    return await(awaited)
        .atMost(FEED_WAIT)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(250));
  }

  private static final Logger LOG = Logger.getLogger(FiveWaysIT.class);

  static RapportSystem system;

  @BeforeAll
  static void start(RapportSystem running) {
    system = running;
  }

  record Member(String id, String token) {}

  @Test
  void twoClassmatesPractiseTheFiveWaysAndAStrangerIsKeptOut() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Member ana = register("ana-" + run + "@example.com", "Ana Lima");
    Member bruno = register("bruno-" + run + "@example.com", "Bruno Costa");
    Member carla = register("carla-" + run + "@example.com", "Carla Stranger");

    // Way 1: position yourself — what you are, why connect, what you want, a shared school.
    position(
        ana,
        Map.of(
            "statement",
            "Data engineer who turns messy pipelines into reliable analytics; connect to talk"
                + " data quality.",
            "goals",
            List.of(
                Map.of("goal", "RECONNECT", "note", "Find my HEC Paris classmates again"),
                Map.of("goal", "BECOME_KNOWN_EXPERT", "topic", "data engineering")),
            "skills",
            List.of(
                Map.of("name", "data engineering", "level", "EXPERT", "years", 8),
                Map.of("name", "sql", "level", "INTERMEDIATE", "years", 3)),
            "interests",
            List.of("python", "data engineering", "machine learning"),
            "education",
            List.of(
                Map.of(
                    "school",
                    "HEC Paris",
                    "degree",
                    "MSc",
                    "field",
                    "Data",
                    "graduationYear",
                    2016))));
    position(
        bruno,
        Map.of(
            "statement", "Analyst moving into data science; connect if you hire or learn Python.",
            "goals", List.of(Map.of("goal", "FIND_JOB", "topic", "data science")),
            "skills", List.of(Map.of("name", "python", "level", "BEGINNER", "years", 1)),
            "interests", List.of("python", "data engineering", "statistics"),
            "hobbies", List.of("chess", "bouldering"),
            "education", List.of(Map.of("school", "HEC Paris", "graduationYear", 2016)),
            "visibility", Map.of("hobbies", "PRIVATE")));
    given()
        .baseUri(system.profileUrl())
        .get("/api/v1/members/{id}/positioning", ana.id())
        .then()
        .statusCode(200)
        .body("goals.goal", hasItems("RECONNECT", "BECOME_KNOWN_EXPERT"))
        .body("education.school", hasItem("HEC Paris"));

    // Before any activity, Ana is told which ways she has not practised, and what to do.
    as(ana, system.activityUrl())
        .get("/api/v1/members/{id}/nudges", ana.id())
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'PRACTISE_WAY' }.type", hasItem("LEARNING"))
        .body("items.action", everyItem(notNullValue()))
        .body("items.reason", everyItem(notNullValue()));

    // Connect as classmates: Ana asks, Bruno accepts.
    String connectionId =
        as(ana, system.profileUrl())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "memberId",
                    bruno.id(),
                    "context",
                    "CLASSMATE",
                    "note",
                    "HEC Paris, class of 2016: let's catch up!"))
            .post("/api/v1/members/{id}/connections", ana.id())
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .extract()
            .path("id");
    as(bruno, system.profileUrl())
        .post("/api/v1/members/{id}/connections/{cid}/accept", bruno.id(), connectionId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    as(ana, system.profileUrl())
        .get("/api/v1/members/{id}/connection-ids", ana.id())
        .then()
        .statusCode(200)
        .body("memberIds", hasItem(bruno.id()));

    // Way 2: contribute with a broad heart — an hour of advice to the classmate.
    logActivity(
        ana,
        Map.of(
            "type",
            "CONTRIBUTION",
            "topics",
            List.of("data engineering"),
            "contribution",
            Map.of(
                "kind",
                "ADVICE",
                "beneficiaries",
                List.of(bruno.id()),
                "hours",
                1,
                "description",
                "Reviewed Bruno's portfolio project and suggested a cleaner pipeline design")));

    // Way 3: take part in discussions — join one the service recommends, the alumni group first.
    // recommendation-service reads Ana's positioning from its copy, which the member feed brings
    // within a poll or two of her edit.
    awaitFeeds("Ana's positioning (HEC Paris, RECONNECT) to reach recommendation-service")
        .untilAsserted(
            () ->
                as(ana, system.recommendationUrl())
                    .queryParam("limit", 20)
                    .get("/api/v1/members/{id}/recommendations/discussions", ana.id())
                    .then()
                    .statusCode(200)
                    .body("items.item.audience", hasItem("HEC Paris")));
    JsonPath discussions =
        as(ana, system.recommendationUrl())
            .queryParam("limit", 20)
            .get("/api/v1/members/{id}/recommendations/discussions", ana.id())
            .then()
            .statusCode(200)
            .body("items", not(empty()))
            .body("items.reasons.flatten().text", everyItem(notNullValue()))
            .extract()
            .jsonPath();
    List<String> audiences = discussions.getList("items.item.audience");
    assertTrue(
        audiences.contains("HEC Paris"),
        "Ana wants to reconnect and studied at HEC Paris: its alumni group is recommended, got "
            + audiences);
    String discussionId =
        discussions.getString("items.find { it.item.audience == 'HEC Paris' }.item.id");
    String alumniReasons =
        discussions.getString("items.find { it.item.audience == 'HEC Paris' }.reasons.text");
    assertTrue(alumniReasons.contains("HEC Paris"), alumniReasons);
    logActivity(
        ana,
        Map.of(
            "type",
            "DISCUSSION",
            "visibility",
            "PUBLIC",
            "discussion",
            Map.of("kind", "JOINED_GROUP", "discussionId", discussionId)));

    // Way 4: share knowledge strategically — the link, what was learned, why it matters to Bruno,
    // who has a frontend open on his live events.
    EventStream brunosEvents =
        EventStream.open(
            URI.create(system.activityUrl() + "/api/v1/members/" + bruno.id() + "/events"),
            bruno.token(),
            null);
    // ...and a third-party app of Bruno's has registered a webhook for what is shared with him.
    Receiver receiver = Receiver.start();
    String secret =
        as(bruno, system.activityUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("url", receiver.url(), "events", List.of("KNOWLEDGE_SHARE")))
            .post("/api/v1/members/{id}/webhooks", bruno.id())
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    long sharedAt = System.nanoTime();
    String share =
        logActivity(
            ana,
            Map.of(
                "type",
                "KNOWLEDGE_SHARE",
                "topics",
                List.of("python"),
                "knowledgeShare",
                Map.of(
                    "url",
                    "https://example.com/articles/pandas-to-polars",
                    "title",
                    "From pandas to Polars in a week",
                    "takeaway",
                    "Lazy frames cut our nightly job from 40 to 6 minutes without new hardware",
                    "whyItMatters",
                    "Bruno is building his first data science portfolio in Python",
                    "recipients",
                    List.of(bruno.id()),
                    "channel",
                    "CHAT")));

    // It reaches Bruno live, then in his inbox, unread, from Ana by name; he thanks her, and she
    // is told.
    try (brunosEvents) {
      // other items may come first (the connection request, once activity-service has read it)
      EventStream.Event live = null;
      long deadline = sharedAt + Duration.ofSeconds(2).toNanos();
      while (live == null || !live.data().contains(share)) {
        long left = deadline - System.nanoTime();
        live = left > 0 ? brunosEvents.next(Duration.ofNanos(left)) : null;
        if (live == null) {
          break;
        }
      }
      assertNotNull(live, "Bruno's event stream sends Ana's share within 2 s");
      LOG.infof(
          "Ana's share reached Bruno's event stream %d ms after she posted it",
          (System.nanoTime() - sharedAt) / 1_000_000);
      assertEquals("inbox-item", live.name());
      assertTrue(live.data().contains(share), live.data());
    }

    // The app receives it, signed with its secret over the timestamp and the body.
    try (receiver) {
      Receiver.Delivery delivery = receiver.next(Duration.ofSeconds(15));
      assertNotNull(delivery, "Bruno's webhook receives Ana's share");
      LOG.infof(
          "Ana's share reached Bruno's webhook %d ms after she posted it",
          (System.nanoTime() - sharedAt) / 1_000_000);
      assertTrue(delivery.body().contains(share), delivery.body());
      assertEquals("KNOWLEDGE_SHARE", delivery.event());
      java.util.regex.Matcher signature =
          java.util.regex.Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})")
              .matcher(delivery.signature());
      assertTrue(signature.matches(), delivery.signature());
      assertEquals(
          Receiver.hmac(secret, signature.group(1) + "." + delivery.body()), signature.group(2));
    }

    awaitFeeds("Ana's share to reach Bruno's inbox with her name")
        .untilAsserted(
            () ->
                as(bruno, system.activityUrl())
                    .get("/api/v1/members/{id}/inbox", bruno.id())
                    .then()
                    .statusCode(200)
                    .rootPath("items.find { it.activityId == '" + share + "' }")
                    .body("kind", equalTo("KNOWLEDGE_SHARE"))
                    .body("read", equalTo(false))
                    .body("sender.id", equalTo(ana.id()))
                    .body("sender.displayName", equalTo("Ana Lima"))
                    .body("knowledgeShare.title", equalTo("From pandas to Polars in a week")));
    as(bruno, system.activityUrl())
        .get("/api/v1/members/{id}/inbox/summary", bruno.id())
        .then()
        .statusCode(200)
        .body("unreadByKind.KNOWLEDGE_SHARE", equalTo(1));
    as(bruno, system.activityUrl())
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "THANKS", "text", "Trying lazy frames on my portfolio tonight"))
        .post("/api/v1/activities/{id}/responses", share)
        .then()
        .statusCode(201);
    as(ana, system.activityUrl())
        .get("/api/v1/members/{id}/inbox", ana.id())
        .then()
        .statusCode(200)
        .rootPath("items.find { it.kind == 'RESPONSE' }")
        .body("sender.id", equalTo(bruno.id()))
        .body("activityId", equalTo(share))
        .body("response.text", equalTo("Trying lazy frames on my portfolio tonight"));

    // Way 5: learn together — Ana enrols in a recommended course with Bruno, and both log it.
    JsonPath courses =
        as(ana, system.recommendationUrl())
            .get("/api/v1/members/{id}/recommendations/courses", ana.id())
            .then()
            .statusCode(200)
            .body("items", not(empty()))
            .body("items[0].reasons", not(empty()))
            .extract()
            .jsonPath();
    String courseId = courses.getString("items[0].item.id");
    String courseTitle = courses.getString("items[0].item.title");
    logActivity(
        ana,
        Map.of(
            "type",
            "LEARNING",
            "learning",
            Map.of("kind", "ENROLLED", "courseId", courseId, "companions", List.of(bruno.id()))));
    logActivity(
        bruno,
        Map.of(
            "type",
            "LEARNING",
            "learning",
            Map.of("kind", "ENROLLED", "courseId", courseId, "companions", List.of(ana.id()))));
    logActivity(
        ana,
        Map.of(
            "type",
            "LEARNING",
            "learning",
            Map.of(
                "kind",
                "INSIGHT",
                "courseId",
                courseId,
                "insight",
                "Week 1: partition by event date, not ingestion date, or late data is lost",
                "companions",
                List.of(bruno.id()))));

    // What it adds up to: all four logged ways practised, counted per way.
    JsonPath summary =
        as(ana, system.activityUrl())
            .get("/api/v1/members/{id}/activity-summary", ana.id())
            .then()
            .statusCode(200)
            .body("total", equalTo(5))
            .body("waysNotPractised", empty())
            .body("peopleReached", equalTo(1))
            .extract()
            .jsonPath();
    assertEquals(1, summary.getInt("ways.find { it.type == 'CONTRIBUTION' }.count"));
    assertEquals(1, summary.getInt("ways.find { it.type == 'DISCUSSION' }.count"));
    assertEquals(1, summary.getInt("ways.find { it.type == 'KNOWLEDGE_SHARE' }.count"));
    assertEquals(2, summary.getInt("ways.find { it.type == 'LEARNING' }.count"));
    assertEquals(2, summary.getInt("ways.find { it.type == 'CONTRIBUTION' }.way"));
    assertEquals(5, summary.getInt("ways.find { it.type == 'LEARNING' }.way"));

    // The relationship with the classmate is strong: advice, a share, a course together.
    JsonPath relationships =
        as(ana, system.activityUrl())
            .get("/api/v1/members/{id}/relationships", ana.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String withBruno = "items.find { it.counterpartId == '" + bruno.id() + "' }";
    assertNotNull(relationships.get(withBruno), "Ana's relationship with Bruno is listed");
    assertEquals("ACTIVE", relationships.getString(withBruno + ".status"));
    assertTrue(relationships.getInt(withBruno + ".interactions") >= 4);
    assertTrue(relationships.getDouble(withBruno + ".strength") >= 4.0);
    assertTrue(
        relationships
            .getList(withBruno + ".ways", String.class)
            .containsAll(List.of("CONTRIBUTION", "KNOWLEDGE_SHARE", "LEARNING")));
    // Two-sided: Bruno's thanks counts on both sides. Ana received in the two learning entries
    // she logged as mutual, and once more by his thanks; his only log entry naming her is an
    // enrolment, yet his side shows the thanks he gave.
    assertEquals(3, relationships.getInt(withBruno + ".received.count"));
    as(bruno, system.activityUrl())
        .get("/api/v1/members/{id}/relationships", bruno.id())
        .then()
        .statusCode(200)
        .rootPath("items.find { it.counterpartId == '" + ana.id() + "' }")
        .body("ways", hasItem("KNOWLEDGE_SHARE"))
        .body("given.count", equalTo(2));

    // Nudges: Ana practised every way and shared her insight; Bruno owes one for the same course.
    as(ana, system.activityUrl())
        .get("/api/v1/members/{id}/nudges", ana.id())
        .then()
        .statusCode(200)
        .body("items.kind", not(hasItem("PRACTISE_WAY")))
        .body("items.findAll { it.kind == 'INSIGHT_OWED' }", empty());
    JsonPath brunoNudges =
        as(bruno, system.activityUrl())
            .get("/api/v1/members/{id}/nudges", bruno.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String insightOwed = "items.find { it.kind == 'INSIGHT_OWED' }";
    assertNotNull(brunoNudges.get(insightOwed), "Bruno is nudged to share an insight");
    assertEquals(courseId, brunoNudges.getString(insightOwed + ".courseId"));
    assertEquals(ana.id(), brunoNudges.getString(insightOwed + ".counterpartId"));
    assertFalse(brunoNudges.getString(insightOwed + ".action").isBlank());
    assertTrue(brunoNudges.getString(insightOwed + ".reason").contains("companion"));

    // Way 5 as a circle: Ana invites Bruno to study the course together, he accepts, both share an
    // insight and each sees the other's.
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfWeek().name();
    String circle =
        as(ana, system.activityUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("courseId", courseId, "weeklyDay", today, "invitees", List.of(bruno.id())))
            .post("/api/v1/study-circles")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(bruno, system.activityUrl())
        .get("/api/v1/members/{id}/inbox", bruno.id())
        .then()
        .statusCode(200)
        .body("items.find { it.kind == 'STUDY_CIRCLE_INVITATION' }.studyCircleId", equalTo(circle));
    as(bruno, system.activityUrl())
        .post("/api/v1/study-circles/{id}/accept", circle)
        .then()
        .statusCode(200);
    as(bruno, system.activityUrl())
        .get("/api/v1/members/{id}/nudges", bruno.id())
        .then()
        .statusCode(200)
        .body("items.find { it.kind == 'CIRCLE_INSIGHT_DUE' }.studyCircleId", equalTo(circle));
    String brunosInsight =
        logActivity(
            bruno,
            Map.of(
                "type",
                "LEARNING",
                "learning",
                Map.of(
                    "kind",
                    "INSIGHT",
                    "courseId",
                    courseId,
                    "insight",
                    "Week 1: idempotent writes made the late-data replay boring, in a good way")));
    as(ana, system.activityUrl())
        .get("/api/v1/study-circles/{id}", circle)
        .then()
        .statusCode(200)
        .body(
            "learning.find { it.memberId == '"
                + bruno.id()
                + "' && it.kind == 'INSIGHT' }"
                + ".activityId",
            equalTo(brunosInsight))
        .body(
            "learning.findAll { it.memberId == '" + ana.id() + "' && it.kind == 'INSIGHT' }",
            not(empty()));
    as(bruno, system.activityUrl())
        .get("/api/v1/study-circles/{id}", circle)
        .then()
        .statusCode(200)
        .body(
            "learning.findAll { it.memberId == '" + ana.id() + "' && it.kind == 'INSIGHT' }",
            not(empty()));
    as(ana, system.activityUrl())
        .get("/api/v1/members/{id}/inbox", ana.id())
        .then()
        .statusCode(200)
        .body("items.find { it.kind == 'STUDY_CIRCLE_POST' }.activityId", equalTo(brunosInsight));

    // The recommendation-service follows the activity log: the course Ana took is no longer
    // recommended to her, and Bruno shows up as her study buddy for it.
    awaitFeeds("the course Ana enrolled in ('" + courseTitle + "') to leave her recommendations")
        .untilAsserted(
            () ->
                as(ana, system.recommendationUrl())
                    .queryParam("limit", 50)
                    .get("/api/v1/members/{id}/recommendations/courses", ana.id())
                    .then()
                    .statusCode(200)
                    .body("items.item.id", not(hasItem(courseId))));
    awaitFeeds("the discussion Ana joined to leave her recommendations")
        .untilAsserted(
            () ->
                as(ana, system.recommendationUrl())
                    .queryParam("limit", 50)
                    .get("/api/v1/members/{id}/recommendations/discussions", ana.id())
                    .then()
                    .statusCode(200)
                    .body("items.item.id", not(hasItem(discussionId))));
    awaitFeeds("Bruno to be suggested as Ana's study buddy for '" + courseTitle + "'")
        .untilAsserted(
            () ->
                as(ana, system.recommendationUrl())
                    .queryParam("courseId", courseId)
                    .get("/api/v1/members/{id}/recommendations/study-buddies", ana.id())
                    .then()
                    .statusCode(200)
                    .body("items.member.id", hasItem(bruno.id()))
                    .body(
                        "items.find { it.member.id == '" + bruno.id() + "' }.member.displayName",
                        equalTo("Bruno Costa"))
                    .body(
                        "items.find { it.member.id == '" + bruno.id() + "' }.reasons",
                        not(empty())));

    // A stranger sees public sections only; the owner sees the private one.
    given()
        .baseUri(system.profileUrl())
        .auth()
        .oauth2(carla.token())
        .get("/api/v1/members/{id}/positioning", bruno.id())
        .then()
        .statusCode(200)
        .body("hobbies", nullValue())
        .body("statement", containsString("data science"));
    as(bruno, system.profileUrl())
        .get("/api/v1/members/{id}/positioning", bruno.id())
        .then()
        .statusCode(200)
        .body("hobbies", hasItems("chess", "bouldering"));
    given()
        .baseUri(system.profileUrl())
        .get("/api/v1/members/{id}/positioning", bruno.id())
        .then()
        .statusCode(200)
        .body("hobbies", nullValue());

    // ... and cannot write for another member, in any service.
    String anaEtag =
        given()
            .baseUri(system.profileUrl())
            .get("/api/v1/members/{id}/positioning", ana.id())
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(carla, system.profileUrl())
        .header("If-Match", anaEtag)
        .contentType(ContentType.JSON)
        .body(Map.of("statement", "Carla was here"))
        .put("/api/v1/members/{id}/positioning", ana.id())
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(carla, system.profileUrl())
        .contentType(ContentType.JSON)
        .body(Map.of("memberId", carla.id(), "context", "FRIEND"))
        .post("/api/v1/members/{id}/connections", bruno.id())
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // Ana's share to Bruno is for her connections: to Carla it does not exist.
    String anasShare = activityOf(ana, "KNOWLEDGE_SHARE");
    as(bruno, system.activityUrl())
        .get("/api/v1/activities/{id}", anasShare)
        .then()
        .statusCode(200)
        .body("knowledgeShare.takeaway", startsWith("Lazy frames"));
    as(carla, system.activityUrl())
        .get("/api/v1/activities/{id}", anasShare)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // Her joining the alumni group is public: Carla sees it but cannot change it.
    String anasJoin = activityOf(ana, "DISCUSSION");
    as(carla, system.activityUrl()).get("/api/v1/activities/{id}", anasJoin).then().statusCode(200);
    as(carla, system.activityUrl())
        .contentType(ContentType.JSON)
        .body(Map.of("topics", List.of("vandalism")))
        .patch("/api/v1/activities/{id}", anasJoin)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(carla, system.activityUrl())
        .contentType(ContentType.JSON)
        .body(Map.of("everyDays", 7))
        .put("/api/v1/members/{id}/relationships/{other}/cadence", ana.id(), bruno.id())
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(carla, system.activityUrl())
        .get("/api/v1/members/{id}/activity-summary", ana.id())
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(carla, system.recommendationUrl())
        .get("/api/v1/members/{id}/recommendations/courses", ana.id())
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // Ana's positioning is untouched.
    given()
        .baseUri(system.profileUrl())
        .get("/api/v1/members/{id}/positioning", ana.id())
        .then()
        .statusCode(200)
        .body("statement", startsWith("Data engineer"));
  }

  /**
   * Dana leaves: after her erasure in profile-service, activity- and recommendation-service forget
   * her within seconds, and her token is refused by all three. Before that, her export gathers what
   * each service holds about her.
   */
  @Test
  void aMemberWhoLeavesIsGoneFromEveryServiceWithinSeconds() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Member dana = register("dana-" + run + "@example.com", "Dana Leaves");
    Member eli = register("eli-" + run + "@example.com", "Eli Stays");
    position(
        dana,
        Map.of(
            "statement", "Geologist learning remote sensing; connect to talk satellites.",
            "interests", List.of("remote sensing", "geology"),
            "visibility", Map.of("interests", "PUBLIC")));
    String connectionId =
        as(dana, system.profileUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("memberId", eli.id(), "context", "COLLEAGUE"))
            .post("/api/v1/members/{id}/connections", dana.id())
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(eli, system.profileUrl())
        .post("/api/v1/members/{id}/connections/{cid}/accept", eli.id(), connectionId)
        .then()
        .statusCode(200);
    String activityId =
        logActivity(
            dana,
            Map.of(
                "type",
                "CONTRIBUTION",
                "visibility",
                "PUBLIC",
                "topics",
                List.of("remote sensing"),
                "contribution",
                Map.of(
                    "kind", "VOLUNTEERING",
                    "community", "Open Geo Lisbon",
                    "description", "Mapped flood plains for the city's open data portal")));
    Map<String, Object> article =
        Map.of(
            "url", "https://example.com/sar-explained",
            "title", "Synthetic aperture radar, explained",
            "topics", List.of("remote sensing"));
    // recommendation-service learns Dana's interests and the connection from the feeds.
    awaitFeeds("recommendation-service to offer Dana as a share target of Eli")
        .untilAsserted(
            () ->
                as(eli, system.recommendationUrl())
                    .contentType(ContentType.JSON)
                    .body(article)
                    .post("/api/v1/members/{id}/recommendations/share-targets", eli.id())
                    .then()
                    .statusCode(200)
                    .body("items.member.id", hasItem(dana.id())));
    as(eli, system.activityUrl())
        .queryParam("memberId", dana.id())
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(activityId));

    // Her export holds what each of the three services keeps about her.
    as(dana, system.profileUrl())
        .get("/api/v1/members/{id}/export", dana.id())
        .then()
        .statusCode(200)
        .body("memberId", equalTo(dana.id()))
        .body("profile.member.id", equalTo(dana.id()))
        .body("profile.account.passwordHash", nullValue())
        .body("activity.activities.id", hasItem(activityId))
        .body("recommendation", notNullValue());

    String etag =
        as(dana, system.profileUrl())
            .get("/api/v1/members/{id}", dana.id())
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(dana, system.profileUrl())
        .header("If-Match", etag)
        .delete("/api/v1/members/{id}", dana.id())
        .then()
        .statusCode(204);

    // Her token is refused everywhere at once: profile-service knows, the others follow the feed.
    as(dana, system.profileUrl())
        .get("/api/v1/members/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    awaitFeeds("activity- and recommendation-service to forget Dana")
        .untilAsserted(
            () -> {
              as(dana, system.activityUrl())
                  .contentType(ContentType.JSON)
                  .body(
                      Map.of(
                          "type",
                          "CONTRIBUTION",
                          "contribution",
                          Map.of("kind", "VOLUNTEERING", "description", "Back from the dead")))
                  .post("/api/v1/activities")
                  .then()
                  .statusCode(401);
              as(dana, system.recommendationUrl())
                  .get("/api/v1/members/{id}/recommendations/courses", dana.id())
                  .then()
                  .statusCode(401);
              as(eli, system.activityUrl())
                  .queryParam("memberId", dana.id())
                  .get("/api/v1/activities")
                  .then()
                  .statusCode(200)
                  .body("items.id", not(hasItem(activityId)));
              as(eli, system.recommendationUrl())
                  .contentType(ContentType.JSON)
                  .body(article)
                  .post("/api/v1/members/{id}/recommendations/share-targets", eli.id())
                  .then()
                  .statusCode(200)
                  .body("items.member.id", not(hasItem(dana.id())));
            });
    as(eli, system.activityUrl())
        .get("/api/v1/activities/{id}", activityId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static String activityOf(Member member, String type) {
    return as(member, system.activityUrl())
        .queryParam("memberId", member.id())
        .queryParam("type", type)
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id");
  }

  private static Member register(String email, String name) {
    JsonPath body =
        given()
            .baseUri(system.profileUrl())
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", "correct-horse-battery", "displayName", name))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Member(body.getString("memberId"), body.getString("accessToken"));
  }

  private static void position(Member member, Map<String, Object> positioning) {
    String etag =
        as(member, system.profileUrl())
            .get("/api/v1/members/{id}/positioning", member.id())
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(member, system.profileUrl())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(positioning)
        .put("/api/v1/members/{id}/positioning", member.id())
        .then()
        .statusCode(200)
        .body("statement", equalTo(positioning.get("statement")));
  }

  private static String logActivity(Member member, Map<String, Object> activity) {
    return as(member, system.activityUrl())
        .contentType(ContentType.JSON)
        .body(activity)
        .post("/api/v1/activities")
        .then()
        .statusCode(201)
        .body("memberId", equalTo(member.id()))
        .body("type", equalTo(activity.get("type")))
        .extract()
        .path("id");
  }

  private static RequestSpecification as(Member member, String baseUri) {
    return given().baseUri(baseUri).auth().oauth2(member.token());
  }
}
