package dev.rapport.activity.log;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.rapport.activity.Activities.create;
import static dev.rapport.activity.Activities.list;
import static dev.rapport.activity.Activities.post;
import static dev.rapport.activity.Activities.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.activity.Bodies;
import dev.rapport.activity.InjectProfileService;
import dev.rapport.activity.MemberFeedStub;
import dev.rapport.activity.ProfileServiceMock;
import dev.rapport.activity.member.MemberFeedFollower;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

  @InjectProfileService WireMockServer profile;
  @Inject MemberFeedFollower follower;

  static void invalid(UUID member, String body, String field, String message) {
    post(member, body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body("detail", containsString(message));
  }

  @Test
  void logsAContributionForTheCallerWithCounterpartsAndWeight() {
    UUID me = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    UUID beneficiary = UUID.randomUUID();
    String body =
        Bodies.contribution("MENTORING", List.of(beneficiary), "\"memberId\":\"" + other + "\"");
    String location =
        post(me, body)
            .statusCode(201)
            .header("Location", containsString("/api/v1/activities/"))
            .body("memberId", equalTo(me.toString()))
            .body("type", equalTo("CONTRIBUTION"))
            .body("kind", equalTo("MENTORING"))
            .body("weight", equalTo(11))
            .body("direction", equalTo("GIVEN"))
            .body("visibility", equalTo("CONNECTIONS"))
            .body("counterparts", contains(beneficiary.toString()))
            .body("contribution.beneficiaries", contains(beneficiary.toString()))
            .body("contribution.hours", equalTo(1.5f))
            .body("discussion", nullValue())
            .body("occurredAt", notNullValue())
            .extract()
            .header("Location");
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .get(location)
        .then()
        .statusCode(200)
        .body("memberId", equalTo(me.toString()))
        .body("contribution.description", equalTo("Reviewed the talk and rehearsed the demo"));
  }

  @Test
  void contributionNeedsABeneficiaryMemberOrCommunity() {
    UUID me = UUID.randomUUID();
    invalid(me, Bodies.contribution(List.of()), "contribution.beneficiaries", "beneficiary");
    String community =
        """
        {"type":"CONTRIBUTION","contribution":{"kind":"TALK","community":"Lisbon JUG",
         "description":"Talk on virtual threads"}}""";
    post(me, community)
        .statusCode(201)
        .body("weight", equalTo(12))
        .body("contribution.community", equalTo("Lisbon JUG"))
        .body("counterparts", empty());
    invalid(
        me,
        """
        {"type":"CONTRIBUTION","contribution":{"kind":"TALK","community":"JUG","hours":25,
         "description":"x"}}""",
        "contribution.hours",
        "24");
    invalid(
        me,
        """
        {"type":"CONTRIBUTION","contribution":{"kind":"SINGING","community":"JUG","description":"x"}}""",
        "contribution.kind",
        "TALK");
  }

  @Test
  void discussionNeedsExactlyOneOfIdOrHttpUrlAndVideoCallsAParticipant() {
    UUID me = UUID.randomUUID();
    String base = "{\"type\":\"DISCUSSION\",\"discussion\":{\"kind\":\"POSTED\",%s}}";
    invalid(me, base.formatted("\"participants\":[]"), "discussion", "discussionId or a url");
    invalid(
        me,
        base.formatted(
            "\"discussionId\":\"" + UUID.randomUUID() + "\",\"url\":\"https://a.example/t\""),
        "discussion",
        "not both");
    invalid(me, base.formatted("\"url\":\"ftp://a.example/t\""), "discussion.url", "http");
    invalid(
        me,
        Bodies.discussion("VIDEO_CALL", List.of(), null),
        "discussion.participants",
        "VIDEO_CALL");
    UUID catalogId = UUID.randomUUID();
    post(me, base.formatted("\"discussionId\":\"" + catalogId + "\""))
        .statusCode(201)
        .body("kind", equalTo("POSTED"))
        .body("weight", equalTo(4))
        .body("direction", equalTo("MUTUAL"))
        .body("discussion.discussionId", equalTo(catalogId.toString()));
    UUID peer = UUID.randomUUID();
    post(me, Bodies.discussion("VIDEO_CALL", List.of(peer), null))
        .statusCode(201)
        .body("weight", equalTo(8))
        .body("discussion.participants", contains(peer.toString()))
        .body("counterparts", contains(peer.toString()));
  }

  @Test
  void knowledgeShareNeedsTakeawayWhyItMattersAndAnHttpUrl() {
    UUID me = UUID.randomUUID();
    String share =
        """
        {"type":"KNOWLEDGE_SHARE","knowledgeShare":{"url":"%s","title":"CQRS",
         "takeaway":"%s","whyItMatters":%s,"recipients":[],"channel":"%s"}}""";
    String takeaway = "Separate read models pay off only where reads diverge";
    invalid(
        me,
        share.formatted(
            "https://a.example", "too short", "\"Your team debates a read model\"", "FEED"),
        "knowledgeShare.takeaway",
        "20");
    invalid(
        me,
        share.formatted("https://a.example", takeaway, "null", "FEED"),
        "knowledgeShare.whyItMatters",
        "null");
    invalid(
        me,
        share.formatted(
            "javascript:alert(1)", takeaway, "\"Your team debates a read model\"", "FEED"),
        "knowledgeShare.url",
        "http");
    invalid(
        me,
        share.formatted(
            "https://a.example", takeaway, "\"Your team debates a read model\"", "EMAIL"),
        "knowledgeShare.recipients",
        "recipient");
    post(me, Bodies.share(List.of(), "FEED", null))
        .statusCode(201)
        .body("kind", equalTo("SHARED"))
        .body("weight", equalTo(6))
        .body("knowledgeShare.channel", equalTo("FEED"))
        .body("knowledgeShare.takeaway", equalTo(takeaway));
  }

  @Test
  void learningNeedsPercentForProgressAndTextForInsight() {
    UUID me = UUID.randomUUID();
    UUID course = UUID.randomUUID();
    String learning =
        "{\"type\":\"LEARNING\",\"learning\":{\"kind\":\"%s\",\"courseId\":\"" + course + "\"%s}}";
    invalid(me, learning.formatted("PROGRESS", ""), "learning.percent", "required for PROGRESS");
    invalid(
        me,
        learning.formatted("ENROLLED", ",\"percent\":10"),
        "learning.percent",
        "only for PROGRESS");
    invalid(me, learning.formatted("PROGRESS", ",\"percent\":101"), "learning.percent", "100");
    invalid(me, learning.formatted("INSIGHT", ""), "learning.insight", "20");
    invalid(
        me,
        "{\"type\":\"LEARNING\",\"learning\":{\"kind\":\"ENROLLED\"}}",
        "learning.courseId",
        "null");
    post(me, learning.formatted("PROGRESS", ",\"percent\":40"))
        .statusCode(201)
        .body("kind", equalTo("PROGRESS"))
        .body("weight", equalTo(3))
        .body("learning.percent", equalTo(40))
        .body("learning.courseId", equalTo(course.toString()));
  }

  @Test
  void onlyTheSectionOfTheTypeIsAccepted() {
    UUID me = UUID.randomUUID();
    String body =
        """
        {"type":"CONTRIBUTION","learning":{"kind":"ENROLLED","courseId":"%s"}}"""
            .formatted(UUID.randomUUID());
    post(me, body)
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("contribution", "learning"));
    invalid(me, "{\"type\":\"TEACHING\"}", "type", "CONTRIBUTION");
  }

  @Test
  void occurredAtMayLieAtMostFiveMinutesAhead() {
    UUID me = UUID.randomUUID();
    Instant tooLate = Instant.now().plus(6, ChronoUnit.MINUTES);
    invalid(
        me,
        Bodies.contribution(
            "TALK", List.of(UUID.randomUUID()), "\"occurredAt\":\"" + tooLate + "\""),
        "occurredAt",
        "5 minutes");
    Instant soon = Instant.now().plus(4, ChronoUnit.MINUTES);
    post(
            me,
            Bodies.contribution(
                "TALK", List.of(UUID.randomUUID()), "\"occurredAt\":\"" + soon + "\""))
        .statusCode(201);
  }

  @Test
  void theCallerIsNoCounterpartOfTheirOwn() {
    UUID me = UUID.randomUUID();
    invalid(me, Bodies.contribution(List.of(me)), "contribution.beneficiaries", "yourself");
  }

  @Test
  void unknownMembersAre422NamingThemAfterOneBatchCall() {
    UUID me = UUID.randomUUID();
    UUID known = UUID.randomUUID();
    UUID unknown1 = ProfileServiceMock.unknownMember();
    UUID unknown2 = ProfileServiceMock.unknownMember();
    post(me, Bodies.contribution(List.of(known, unknown1, unknown2)))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString(unknown1.toString()))
        .body("detail", containsString(unknown2.toString()))
        .body("detail", not(containsString(known.toString())))
        .body("errors.field", contains("contribution.beneficiaries"));
    profile.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/members"))
            .withQueryParam("ids", containing(unknown1.toString())));
    list(me, me).body("items", empty());
  }

  @Test
  void writesNeedAValidMemberToken() {
    UUID me = UUID.randomUUID();
    String body = Bodies.contribution(List.of(UUID.randomUUID()));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/activities")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"));
    for (String token : List.of(TestTokens.forged(me), TestTokens.expired(me), "not-a-jwt")) {
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/activities")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("status", equalTo(401));
    }
    given()
        .auth()
        .oauth2(TestTokens.service("recommendation-service"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/activities")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .get("/api/v1/activities")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    list(me, me).body("items", empty());
  }

  @Test
  void visibilityDecidesWhoSeesWhat() {
    UUID owner = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    UUID stranger = UUID.randomUUID();
    UUID mentee = UUID.randomUUID();
    String open = create(owner, Bodies.share(List.of(), "FEED", "\"visibility\":\"PUBLIC\""));
    // addressed to the mentee, who sees both whatever their visibility; the friend sees them as a
    // connection only
    String friends =
        create(
            owner,
            Bodies.contribution("ADVICE", List.of(mentee), "\"visibility\":\"CONNECTIONS\""));
    String secret =
        create(owner, Bodies.contribution("ADVICE", List.of(mentee), "\"visibility\":\"PRIVATE\""));
    MemberFeedStub.connect(owner, friend);
    follower.follow();
    profile.resetRequests();

    list(owner, owner).body("items.id", containsInAnyOrder(open, friends, secret));
    list(friend, owner).body("items.id", containsInAnyOrder(open, friends));
    list(stranger, owner).body("items.id", contains(open));
    list(mentee, owner).body("items.id", containsInAnyOrder(open, friends, secret));
    given()
        .auth()
        .oauth2(TestTokens.service("recommendation-service"))
        .queryParam("memberId", owner.toString())
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", containsInAnyOrder(open, friends, secret));
    // Without a memberId filter the friend's feed has the owner's public and connections items.
    given()
        .auth()
        .oauth2(TestTokens.member(friend))
        .get("/api/v1/activities?limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(friends))
        .body("items.id", not(hasItem(secret)));

    getAs(friend, friends).statusCode(200);
    getAs(stranger, friends).statusCode(404).contentType("application/problem+json");
    getAs(friend, secret).statusCode(404);
    getAs(stranger, open).statusCode(200);
    getAs(owner, secret).statusCode(200);
    getAs(mentee, secret).statusCode(200);
    // Every list and visibility check above read the local copy of connections.
    profile.verify(0, getRequestedFor(urlPathMatching("/api/v1/.*")));
  }

  static ValidatableResponse getAs(UUID caller, String id) {
    return given().auth().oauth2(TestTokens.member(caller)).get("/api/v1/activities/" + id).then();
  }

  @Test
  void pagesNewestFirstWithoutGapsOrRepeats() {
    UUID me = UUID.randomUUID();
    Instant base = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // Two activities share each instant, so the id breaks ties.
      Instant at = base.plus(i / 2, ChronoUnit.HOURS);
      created.add(
          create(
              me,
              Bodies.contribution(
                  "ADVICE", List.of(UUID.randomUUID()), "\"occurredAt\":\"" + at + "\"")));
    }
    List<String> seen = new ArrayList<>();
    List<String> occurred = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request =
          given()
              .auth()
              .oauth2(TestTokens.member(me))
              .queryParam("memberId", me.toString())
              .queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/api/v1/activities").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id"));
      occurred.addAll(page.getList("items.occurredAt"));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(3, pages);
    assertEquals(5, seen.size());
    assertEquals(new HashSet<>(created), new HashSet<>(seen));
    for (int i = 1; i < occurred.size(); i++) {
      int order = Instant.parse(occurred.get(i - 1)).compareTo(Instant.parse(occurred.get(i)));
      if (order == 0) {
        assertEquals(
            1, seen.get(i - 1).compareTo(seen.get(i)) > 0 ? 1 : 0, "ties by id, descending");
      } else {
        assertEquals(1, order, "newest first");
      }
    }
    query(me, "cursor", "not-a-cursor").statusCode(400).body("errors.field", contains("cursor"));
    query(me, "limit", "101").statusCode(400).body("errors.field", contains("limit"));
  }

  @Test
  void filtersByTypeTopicCounterpartAndTime() {
    UUID me = UUID.randomUUID();
    UUID peer = UUID.randomUUID();
    Instant old = Instant.now().minus(40, ChronoUnit.DAYS);
    String talk =
        create(
            me,
            Bodies.contribution(
                "TALK",
                List.of(peer),
                "\"topics\":[\"Java\",\"speaking\"],\"occurredAt\":\"" + old + "\""));
    String share = create(me, Bodies.share(List.of(), "FEED", "\"topics\":[\"architecture\"]"));
    String call =
        create(me, Bodies.discussion("VIDEO_CALL", List.of(peer), "\"topics\":[\"java\"]"));
    String mine = me.toString();
    query(me, "memberId", mine, "type", "KNOWLEDGE_SHARE")
        .statusCode(200)
        .body("items.id", contains(share));
    query(me, "memberId", mine, "topic", "JAVA")
        .statusCode(200)
        .body("items.id", contains(call, talk));
    query(me, "memberId", mine, "counterpart", peer.toString())
        .statusCode(200)
        .body("items.id", contains(call, talk));
    query(me, "memberId", mine, "to", Instant.now().minus(1, ChronoUnit.DAYS).toString())
        .statusCode(200)
        .body("items.id", contains(talk));
    query(me, "memberId", mine, "from", Instant.now().minus(1, ChronoUnit.DAYS).toString())
        .statusCode(200)
        .body("items.id", contains(call, share));
    query(me, "from", "yesterday").statusCode(400).body("errors.field", contains("from"));
    query(me, "memberId", "42").statusCode(400).body("errors.field", contains("memberId"));
    query(me, "type", "PODCAST").statusCode(400).body("errors.field", contains("type"));
  }

  @Test
  void onlyTheOwnerChangesOrDeletes() {
    UUID owner = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    String id =
        create(
            owner,
            Bodies.contribution("ADVICE", List.of(UUID.randomUUID()), "\"visibility\":\"PUBLIC\""));
    String createdUpdatedAt = getAs(owner, id).extract().path("updatedAt");

    patch(other, id, "{\"visibility\":\"PRIVATE\"}")
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.member(other))
        .delete("/api/v1/activities/" + id)
        .then()
        .statusCode(403);

    patch(owner, id, "{\"visibility\":\"PRIVATE\",\"topics\":[\"Mentoring\"]}")
        .statusCode(200)
        .body("visibility", equalTo("PRIVATE"))
        .body("topics", contains("mentoring"))
        .body("kind", equalTo("ADVICE"))
        .body("updatedAt", not(equalTo(createdUpdatedAt)));
    getAs(other, id).statusCode(404);
    patch(
            owner,
            id,
            "{\"contribution\":{\"kind\":\"TALK\",\"community\":\"JUG\",\"description\":\"Talk\"}}")
        .statusCode(200)
        .body("kind", equalTo("TALK"))
        .body("weight", equalTo(12))
        .body("counterparts", empty());
    patch(
            owner,
            id,
            "{\"learning\":{\"kind\":\"ENROLLED\",\"courseId\":\"" + UUID.randomUUID() + "\"}}")
        .statusCode(400)
        .body("errors.field", contains("learning"));
    patch(
            owner,
            id,
            "{\"contribution\":{\"kind\":\"ADVICE\",\"beneficiaries\":[\""
                + ProfileServiceMock.unknownMember()
                + "\"],\"description\":\"x\"}}")
        .statusCode(422);
    getAs(owner, id).statusCode(200).body("kind", equalTo("TALK"));

    given()
        .auth()
        .oauth2(TestTokens.member(owner))
        .delete("/api/v1/activities/" + id)
        .then()
        .statusCode(204);
    getAs(owner, id).statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.member(owner))
        .delete("/api/v1/activities/" + id)
        .then()
        .statusCode(404);
    getAs(owner, "not-a-uuid").statusCode(400).body("errors.field", contains("id"));
  }

  static ValidatableResponse patch(UUID caller, String id, String body) {
    return given()
        .auth()
        .oauth2(TestTokens.member(caller))
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/activities/" + id)
        .then();
  }

  @Test
  void theOpenApiDocumentsWeights() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/activities'.post.operationId", equalTo("createActivity"))
        .body("paths.'/api/v1/activities'.post.description", containsString("TALK 12"))
        .body("components.schemas.Activity.properties.weight", notNullValue());
  }

  static void assertDistinct(List<String> ids) {
    assertEquals(ids.size(), Set.copyOf(ids).size());
    assertNotEquals(0, ids.size());
  }

  static org.hamcrest.Matcher<String> endsWithId(String id) {
    return endsWith(id);
  }

  static org.hamcrest.Matcher<java.util.Collection<?>> size(int n) {
    return hasSize(n);
  }
}
