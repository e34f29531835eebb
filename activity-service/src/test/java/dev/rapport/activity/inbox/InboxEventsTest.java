package dev.rapport.activity.inbox;

import static dev.rapport.activity.Activities.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.activity.Bodies;
import dev.rapport.common.testing.EventStream;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The live events stream through HTTP, read as a browser's EventSource reads it: new inbox items
 * arrive within seconds, and a stream resumed with Last-Event-ID sends what arrived meanwhile, in
 * order, without what was sent before.
 */
@QuarkusTest
class InboxEventsTest {

  @TestHTTPResource("/")
  URI root;

  @Test
  void newItemsArriveLiveAndAResumedStreamSendsWhatCameMeanwhile() throws Exception {
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    String first;
    String eventId;
    try (EventStream events = open(ben, null)) {
      first = create(ana, Bodies.share(List.of(ben), "EMAIL", "\"visibility\":\"PRIVATE\""));
      EventStream.Event event = events.next(Duration.ofSeconds(5));
      assertNotNull(event, "the share arrives within 5 s");
      assertEquals("inbox-item", event.name());
      assertTrue(event.data().contains("\"activityId\":\"" + first + "\""), event.data());
      assertTrue(event.data().contains("\"kind\":\"KNOWLEDGE_SHARE\""), event.data());
      eventId = event.id();
      assertNotNull(eventId);
    }

    // disconnected: two more arrive meanwhile
    String second = create(ana, Bodies.share(List.of(ben), "CHAT", null));
    String third = create(ana, Bodies.contribution(List.of(ben)));

    try (EventStream events = open(ben, eventId)) {
      EventStream.Event a = events.next(Duration.ofSeconds(5));
      EventStream.Event b = events.next(Duration.ofSeconds(5));
      assertNotNull(a);
      assertNotNull(b);
      assertTrue(a.data().contains(second), "first the share: " + a.data());
      assertTrue(b.data().contains(third), "then the contribution: " + b.data());
      assertTrue(b.data().contains("\"kind\":\"CONTRIBUTION\""), b.data());
      assertNull(events.next(Duration.ofMillis(1500)), "nothing else, the first share not again");
    }

    // a new stream without Last-Event-ID sends only what arrives from then on
    try (EventStream events = open(ben, null)) {
      assertNull(events.next(Duration.ofMillis(1500)));
      String fourth = create(ana, Bodies.share(List.of(ben), "CHAT", null));
      EventStream.Event event = events.next(Duration.ofSeconds(5));
      assertNotNull(event);
      assertTrue(event.data().contains(fourth), event.data());
    }
  }

  @Test
  void ownerOnlyAndAForeignLastEventIdIsA400() {
    UUID me = UUID.randomUUID();
    given()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .accept("text/event-stream")
        .get("/api/v1/members/" + me + "/events")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .accept("text/event-stream")
        .header("Last-Event-ID", "bm90IG91cnM")
        .get("/api/v1/members/" + me + "/events")
        .then()
        .statusCode(400)
        .body("detail", containsString("Last-Event-ID"));
    given()
        .accept("text/event-stream")
        .get("/api/v1/members/" + me + "/events")
        .then()
        .statusCode(401);
  }

  private EventStream open(UUID member, String lastEventId) throws Exception {
    return EventStream.open(
        root.resolve("/api/v1/members/" + member + "/events"),
        TestTokens.member(member),
        lastEventId);
  }
}
