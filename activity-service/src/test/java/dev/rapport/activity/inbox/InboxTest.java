package dev.rapport.activity.inbox;

import static dev.rapport.activity.Activities.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.activity.Bodies;
import dev.rapport.activity.MemberFeedStub;
import dev.rapport.activity.member.MemberFeedFollower;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inbox through HTTP: what reaches a member from others, whatever the visibility of what was
 * addressed to them, and to nobody else; read state and unread counts; owner only.
 */
@QuarkusTest
class InboxTest {

  @Inject MemberFeedFollower follower;

  @Test
  void aPrivateShareReachesItsRecipientAndNoOneElse() {
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    UUID carla = UUID.randomUUID();
    MemberFeedStub.member(ana, "Ana Lima");
    MemberFeedStub.member(ben, "Ben Okafor");
    MemberFeedStub.member(carla, "Carla Diaz");
    MemberFeedStub.connect(ana, carla);
    follower.follow();

    String share = create(ana, Bodies.share(List.of(ben), "EMAIL", "\"visibility\":\"PRIVATE\""));

    inbox(ben)
        .body("items", org.hamcrest.Matchers.hasSize(1))
        .body("items[0].kind", equalTo("KNOWLEDGE_SHARE"))
        .body("items[0].read", equalTo(false))
        .body("items[0].readAt", nullValue())
        .body("items[0].sender.id", equalTo(ana.toString()))
        .body("items[0].sender.displayName", equalTo("Ana Lima"))
        .body("items[0].activityId", equalTo(share))
        .body("items[0].knowledgeShare.title", equalTo("CQRS"))
        .body("items[0].knowledgeShare.url", equalTo("https://martinfowler.com/articles/cqrs.html"))
        .body(
            "items[0].knowledgeShare.takeaway",
            equalTo("Separate read models pay off only where reads diverge"))
        .body(
            "items[0].knowledgeShare.whyItMatters",
            equalTo("Your team is debating a read model for search"))
        .body("items[0].knowledgeShare.channel", equalTo("EMAIL"));
    // the recipient may open it and finds it in the log, whatever its visibility
    activity(ben, share).statusCode(200).body("visibility", equalTo("PRIVATE"));
    given()
        .auth()
        .oauth2(TestTokens.member(ben))
        .queryParam("memberId", ana.toString())
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", contains(share));
    // a connection of the author, not addressed, sees neither it nor an inbox item
    activity(carla, share).statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.member(carla))
        .queryParam("memberId", ana.toString())
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(share)));
    inbox(carla).body("items", empty());
    // the author's own inbox holds nothing of theirs: only Carla's acceptance of her request
    inbox(ana).body("items.kind", contains("CONNECTION_ACCEPTED"));
  }

  @Test
  void reAddressingOrDeletingAContributionTakesItOutOfTheInbox() {
    UUID author = UUID.randomUUID();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    String id = create(author, Bodies.contribution("MENTORING", List.of(first), null));
    inbox(first)
        .body("items[0].kind", equalTo("CONTRIBUTION"))
        .body("items[0].contribution.kind", equalTo("MENTORING"))
        .body(
            "items[0].contribution.description",
            equalTo("Reviewed the talk and rehearsed the demo"))
        .body("items[0].contribution.hours", equalTo(1.5f));

    given()
        .auth()
        .oauth2(TestTokens.member(author))
        .contentType(ContentType.JSON)
        .body(
            "{\"contribution\":{\"kind\":\"ADVICE\",\"beneficiaries\":[\""
                + second
                + "\"],\"description\":\"Walked through the offer\"}}")
        .patch("/api/v1/activities/" + id)
        .then()
        .statusCode(200);
    inbox(first).body("items", empty());
    inbox(second)
        .body("items.activityId", contains(id))
        .body("items[0].contribution.kind", equalTo("ADVICE"));

    given()
        .auth()
        .oauth2(TestTokens.member(author))
        .delete("/api/v1/activities/" + id)
        .then()
        .statusCode(204);
    inbox(second).body("items", empty());
  }

  @Test
  void readStateUnreadFilterAndCounts() {
    UUID me = UUID.randomUUID();
    UUID sender = UUID.randomUUID();
    String s1 = create(sender, Bodies.share(List.of(me), "CHAT", null));
    String s2 = create(sender, Bodies.share(List.of(me), "CHAT", null));
    String c1 = create(sender, Bodies.contribution(List.of(me)));

    summary(me)
        .body("unread", equalTo(3))
        .body("unreadByKind.KNOWLEDGE_SHARE", equalTo(2))
        .body("unreadByKind.CONTRIBUTION", equalTo(1))
        .body("unreadByKind.RESPONSE", equalTo(0))
        .body("unreadByKind.CONNECTION_REQUEST", equalTo(0))
        .body("unreadByKind.CONNECTION_ACCEPTED", equalTo(0));

    // newest first, in pages
    String cursor =
        inbox(me, "limit", "2")
            .body("items.activityId", contains(c1, s2))
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    inbox(me, "limit", "2", "cursor", cursor)
        .body("items.activityId", contains(s1))
        .body("nextCursor", nullValue());

    String item = inbox(me).extract().path("items[1].id");
    String readAt =
        given()
            .auth()
            .oauth2(TestTokens.member(me))
            .post("/api/v1/members/" + me + "/inbox/" + item + "/read")
            .then()
            .statusCode(200)
            .body("id", equalTo(item))
            .body("read", equalTo(true))
            .body("readAt", notNullValue())
            .extract()
            .path("readAt");
    // marking again keeps the first time
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .post("/api/v1/members/" + me + "/inbox/" + item + "/read")
        .then()
        .statusCode(200)
        .body("readAt", equalTo(readAt));
    summary(me).body("unread", equalTo(2)).body("unreadByKind.KNOWLEDGE_SHARE", equalTo(1));
    inbox(me, "unread", "true").body("items.activityId", contains(c1, s1));
    inbox(me).body("items.read", contains(false, true, false));

    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .post("/api/v1/members/" + me + "/inbox/read")
        .then()
        .statusCode(200)
        .body("marked", equalTo(2));
    summary(me).body("unread", equalTo(0));
    inbox(me, "unread", "true").body("items", empty());
  }

  @Test
  void connectionRequestsReceivedAndAcceptedArriveFromTheMemberFeed() {
    UUID requester = UUID.randomUUID();
    UUID addressee = UUID.randomUUID();
    MemberFeedStub.member(requester, "Rita Request");
    MemberFeedStub.member(addressee, "Adam Answer");
    UUID connection = MemberFeedStub.request(requester, addressee);
    follower.follow();
    inbox(addressee)
        .body("items", org.hamcrest.Matchers.hasSize(1))
        .body("items[0].kind", equalTo("CONNECTION_REQUEST"))
        .body("items[0].sender.displayName", equalTo("Rita Request"))
        .body("items[0].connectionId", equalTo(connection.toString()))
        .body("items[0].activityId", nullValue());
    inbox(requester).body("items", empty());

    MemberFeedStub.accept(connection, requester, addressee);
    follower.follow();
    inbox(requester)
        .body("items[0].kind", equalTo("CONNECTION_ACCEPTED"))
        .body("items[0].sender.id", equalTo(addressee.toString()))
        .body("items[0].sender.displayName", equalTo("Adam Answer"));

    // a request withdrawn before an answer leaves the addressee's inbox
    UUID other = UUID.randomUUID();
    UUID withdrawn = MemberFeedStub.request(other, addressee);
    follower.follow();
    inbox(addressee).body("items.connectionId", hasItem(withdrawn.toString()));
    MemberFeedStub.disconnect(withdrawn, other);
    follower.follow();
    inbox(addressee).body("items.connectionId", not(hasItem(withdrawn.toString())));
  }

  @Test
  void anErasedSendersItemsLeaveEveryInbox() {
    UUID sender = UUID.randomUUID();
    UUID me = UUID.randomUUID();
    MemberFeedStub.member(sender);
    MemberFeedStub.member(me);
    follower.follow();
    create(sender, Bodies.share(List.of(me), "EMAIL", null));
    inbox(me).body("items", org.hamcrest.Matchers.hasSize(1));
    MemberFeedStub.erase(sender);
    follower.follow();
    inbox(me).body("items", empty());
    summary(me).body("unread", equalTo(0));
  }

  @Test
  void ownerOnlyAndClearErrors() {
    UUID me = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    given()
        .auth()
        .oauth2(TestTokens.member(other))
        .get("/api/v1/members/" + me + "/inbox")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.member(other))
        .get("/api/v1/members/" + me + "/inbox/summary")
        .then()
        .statusCode(403);
    given().get("/api/v1/members/" + me + "/inbox").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .post("/api/v1/members/" + me + "/inbox/" + UUID.randomUUID() + "/read")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .queryParam("unread", "maybe")
        .get("/api/v1/members/" + me + "/inbox")
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("unread"));
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .queryParam("cursor", "not-a-cursor")
        .get("/api/v1/members/" + me + "/inbox")
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("cursor"));
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .post("/api/v1/members/" + me + "/inbox/nope/read")
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("itemId"));
  }

  private static ValidatableResponse inbox(UUID member, String... namesAndValues) {
    var request = given().auth().oauth2(TestTokens.member(member));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      request.queryParam(namesAndValues[i], namesAndValues[i + 1]);
    }
    return request.get("/api/v1/members/" + member + "/inbox").then().statusCode(200);
  }

  private static ValidatableResponse summary(UUID member) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/members/" + member + "/inbox/summary")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse activity(UUID caller, String id) {
    return given().auth().oauth2(TestTokens.member(caller)).get("/api/v1/activities/" + id).then();
  }
}
