package dev.rapport.activity.response;

import static dev.rapport.activity.Activities.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.activity.Bodies;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Responses through HTTP: who may respond, who sees them, and that each counts in both members'
 * relationships and reaches the author's inbox.
 */
@QuarkusTest
class ResponseTest {

  @Test
  void aThanksCountsInBothRelationshipsAndReachesTheAuthor() {
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    String share = create(ana, Bodies.share(List.of(ben), "EMAIL", "\"visibility\":\"PRIVATE\""));

    String response =
        respond(ben, share, "{\"kind\":\"THANKS\",\"text\":\"Exactly what we needed\"}")
            .statusCode(201)
            .body("activityId", equalTo(share))
            .body("memberId", equalTo(ben.toString()))
            .body("kind", equalTo("THANKS"))
            .body("text", equalTo("Exactly what we needed"))
            .extract()
            .path("id");

    // Ana: the share she gave, and the thanks she received
    relationship(ana, ben)
        .body("interactions", equalTo(2))
        .body("given.count", equalTo(1))
        .body("given.weight", equalTo(6))
        .body("received.count", equalTo(1))
        .body("received.weight", equalTo(2))
        .body("ways", contains("KNOWLEDGE_SHARE"));
    // Ben logged nothing himself, yet his side shows what he did
    relationship(ben, ana)
        .body("interactions", equalTo(1))
        .body("given.count", equalTo(1))
        .body("given.weight", equalTo(2))
        .body("received.count", equalTo(0));

    given()
        .auth()
        .oauth2(TestTokens.member(ana))
        .get("/api/v1/members/" + ana + "/inbox")
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("RESPONSE"))
        .body("items[0].sender.id", equalTo(ben.toString()))
        .body("items[0].activityId", equalTo(share))
        .body("items[0].response.id", equalTo(response))
        .body("items[0].response.kind", equalTo("THANKS"))
        .body("items[0].response.text", equalTo("Exactly what we needed"))
        .body("items[0].knowledgeShare.title", equalTo("CQRS"));
  }

  @Test
  void onlyTheMembersItIsAddressedToRespond() {
    UUID author = UUID.randomUUID();
    UUID recipient = UUID.randomUUID();
    UUID stranger = UUID.randomUUID();
    String open =
        create(author, Bodies.share(List.of(recipient), "CHAT", "\"visibility\":\"PUBLIC\""));
    String hidden =
        create(author, Bodies.share(List.of(recipient), "CHAT", "\"visibility\":\"PRIVATE\""));
    String call =
        create(
            author,
            Bodies.discussion("VIDEO_CALL", List.of(recipient), "\"visibility\":\"PUBLIC\""));

    respond(stranger, open, "{\"kind\":\"THANKS\"}")
        .statusCode(403)
        .contentType("application/problem+json");
    respond(stranger, hidden, "{\"kind\":\"THANKS\"}").statusCode(404);
    respond(author, open, "{\"kind\":\"REPLY\",\"text\":\"Me again\"}").statusCode(403);
    respond(recipient, call, "{\"kind\":\"THANKS\"}").statusCode(403);

    respond(recipient, open, "{\"kind\":\"THANKS\"}").statusCode(201).body("text", nullValue());
    respond(recipient, open, "{\"kind\":\"THANKS\"}")
        .statusCode(409)
        .body("detail", containsString("already thanked"));
    respond(recipient, open, "{\"kind\":\"REPLY\"}")
        .statusCode(400)
        .body("detail", containsString("text"));
    respond(recipient, open, "{\"kind\":\"APPLAUSE\"}").statusCode(400);
    respond(recipient, open, "{\"kind\":\"REPLY\",\"text\":\"" + "x".repeat(2001) + "\"}")
        .statusCode(400)
        .body("detail", containsString("text"));
    respond(recipient, "not-a-uuid", "{\"kind\":\"THANKS\"}").statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"THANKS\"}")
        .post("/api/v1/activities/" + open + "/responses")
        .then()
        .statusCode(401);
    // nothing half-written: one response only
    responses(author, open).body("items", hasSize(1));
  }

  @Test
  void theAuthorSeesEveryResponseEachResponderTheirOwnAndNobodyElseAny() {
    UUID author = UUID.randomUUID();
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    UUID reader = UUID.randomUUID();
    String share =
        create(author, Bodies.share(List.of(one, two), "EMAIL", "\"visibility\":\"PUBLIC\""));
    String r1 = respond(one, share, "{\"kind\":\"THANKS\"}").extract().path("id");
    String r2 =
        respond(two, share, "{\"kind\":\"REPLY\",\"text\":\"Can we talk about it?\"}")
            .extract()
            .path("id");
    String r3 =
        respond(one, share, "{\"kind\":\"REPLY\",\"text\":\"Sent it on\"}").extract().path("id");

    responses(author, share).body("items.id", contains(r1, r2, r3));
    responses(one, share).body("items.id", contains(r1, r3));
    responses(two, share).body("items.id", contains(r2));
    responses(reader, share).body("items", empty());
    String next =
        given()
            .auth()
            .oauth2(TestTokens.member(author))
            .queryParam("limit", 2)
            .get("/api/v1/activities/" + share + "/responses")
            .then()
            .statusCode(200)
            .body("items.id", contains(r1, r2))
            .extract()
            .path("nextCursor");
    given()
        .auth()
        .oauth2(TestTokens.member(author))
        .queryParam("limit", 2)
        .queryParam("cursor", next)
        .get("/api/v1/activities/" + share + "/responses")
        .then()
        .statusCode(200)
        .body("items.id", contains(r3))
        .body("nextCursor", nullValue());
  }

  @Test
  void deletingTheActivityTakesItsResponsesOutOfBothRelationships() {
    UUID author = UUID.randomUUID();
    UUID beneficiary = UUID.randomUUID();
    UUID friend = UUID.randomUUID();
    create(author, Bodies.discussion("VIDEO_CALL", List.of(beneficiary), null));
    String id = create(author, Bodies.contribution(List.of(beneficiary)));
    respond(beneficiary, id, "{\"kind\":\"REPLY\",\"text\":\"Thanks for the hour\"}")
        .statusCode(201);
    create(beneficiary, Bodies.discussion("COMMENTED", List.of(friend), null));
    relationship(beneficiary, author).body("interactions", equalTo(1));

    given()
        .auth()
        .oauth2(TestTokens.member(author))
        .delete("/api/v1/activities/" + id)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(TestTokens.member(beneficiary))
        .get("/api/v1/members/" + beneficiary + "/relationships")
        .then()
        .statusCode(200)
        .body("items.counterpartId", containsInAnyOrder(friend.toString()));
    relationship(author, beneficiary)
        .body("interactions", equalTo(1))
        .body("ways", contains("DISCUSSION"))
        .body("received.count", equalTo(1));
    given()
        .auth()
        .oauth2(TestTokens.member(author))
        .get("/api/v1/members/" + author + "/inbox")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  private static ValidatableResponse respond(UUID member, String activity, String body) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/activities/" + activity + "/responses")
        .then();
  }

  private static ValidatableResponse responses(UUID member, String activity) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/activities/" + activity + "/responses")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse relationship(UUID member, UUID counterpart) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/members/" + member + "/relationships")
        .then()
        .statusCode(200)
        .rootPath("items.find { it.counterpartId == '" + counterpart + "' }");
  }
}
