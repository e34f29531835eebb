package dev.rapport.activity.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.rapport.activity.Activities.create;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rapport.activity.Bodies;
import dev.rapport.activity.TestClock;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks through HTTP, with a local HTTP server (WireMock) as the third-party receiver: a signed
 * delivery, a retry after a 500, and disabling after failures in a row.
 */
@QuarkusTest
class WebhookTest {

  private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");
  private static WireMockServer receiver;

  @Inject WebhookDispatcher dispatcher;
  @Inject TestClock clock;

  @BeforeAll
  static void startReceiver() {
    receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    receiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
    receiver.resetAll();
  }

  @Test
  void aDeliveryIsSignedOverItsTimestampAndBody() {
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    receiver.stubFor(post(urlEqualTo("/signed")).willReturn(aResponse().withStatus(204)));
    String secret =
        register(ben, "/signed", "[\"KNOWLEDGE_SHARE\"]")
            .statusCode(201)
            .body("status", equalTo("ACTIVE"))
            .body("secret", startsWith("whsec_"))
            .extract()
            .path("secret");
    String webhook = webhooks(ben).extract().path("items[0].id");
    webhooks(ben).body("items[0].secret", nullValue());

    String share = create(ana, Bodies.share(List.of(ben), "EMAIL", "\"visibility\":\"PRIVATE\""));
    create(ana, Bodies.contribution(List.of(ben))); // a kind the webhook does not want
    awaitCalls("/signed", 1);

    List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/signed")));
    assertEquals(1, requests.size(), "one delivery: the share, not the contribution");
    LoggedRequest request = requests.get(0);
    String body = request.getBodyAsString();
    assertTrue(body.contains("\"activityId\":\"" + share + "\""), body);
    assertTrue(body.contains("\"event\":\"KNOWLEDGE_SHARE\""), body);
    assertEquals("KNOWLEDGE_SHARE", request.getHeader("Rapport-Event"));
    Matcher signature = SIGNATURE.matcher(request.getHeader("Rapport-Signature"));
    assertTrue(signature.matches(), request.getHeader("Rapport-Signature"));
    long t = Long.parseLong(signature.group(1));
    assertTrue(Math.abs(t - clock.instant().getEpochSecond()) < 60, "a current timestamp");
    assertEquals(WebhookSignature.hmac(secret, t + "." + body), signature.group(2));
    assertTrue(!WebhookSignature.hmac("whsec_other", t + "." + body).equals(signature.group(2)));

    deliveries(ben, webhook)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(request.getHeader("Rapport-Delivery")))
        .body("items[0].status", equalTo("DELIVERED"))
        .body("items[0].attempts", equalTo(1))
        .body("items[0].lastStatus", equalTo(204));
    // nothing twice
    dispatcher.run();
    assertEquals(1, receiver.findAll(postRequestedFor(urlEqualTo("/signed"))).size());
  }

  @Test
  void a500IsRetriedWithBackoffAndKeepsFailingDisables() {
    UUID ana = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    receiver.stubFor(
        post(urlEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("up"));
    receiver.stubFor(
        post(urlEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(200)));
    register(ben, "/flaky", "[\"KNOWLEDGE_SHARE\"]").statusCode(201);
    String webhook = webhooks(ben).extract().path("items[0].id");

    create(ana, Bodies.share(List.of(ben), "CHAT", null));
    awaitCalls("/flaky", 1);
    deliveries(ben, webhook)
        .body("items[0].status", equalTo("PENDING"))
        .body("items[0].attempts", equalTo(1))
        .body("items[0].lastStatus", equalTo(500));
    dispatcher.run(); // not due yet: the first retry waits 1 s
    assertEquals(1, receiver.findAll(postRequestedFor(urlEqualTo("/flaky"))).size());
    clock.advance(Duration.ofSeconds(2));
    awaitCalls("/flaky", 2);
    deliveries(ben, webhook)
        .body("items[0].status", equalTo("DELIVERED"))
        .body("items[0].attempts", equalTo(2))
        .body("items[0].lastStatus", equalTo(200));

    // a receiver that keeps answering 500: 3 failed attempts in a row disable it (test settings)
    receiver.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(500)));
    UUID cat = UUID.randomUUID();
    register(cat, "/down", "[\"KNOWLEDGE_SHARE\", \"CONTRIBUTION\"]").statusCode(201);
    String down = webhooks(cat).extract().path("items[0].id");
    create(ana, Bodies.share(List.of(cat), "CHAT", null));
    for (int calls = 1; calls <= 3; calls++) {
      awaitCalls("/down", calls);
      clock.advance(Duration.ofMinutes(1));
    }
    webhooks(cat)
        .body("items[0].status", equalTo("DISABLED"))
        .body("items[0].disabledReason", containsString("3 failed delivery attempts in a row"))
        .body("items[0].disabledReason", containsString("HTTP 500"));
    deliveries(cat, down)
        .body("items[0].status", equalTo("FAILED"))
        .body("items[0].attempts", equalTo(3));
    int calls = receiver.findAll(postRequestedFor(urlEqualTo("/down"))).size();
    create(ana, Bodies.contribution(List.of(cat)));
    dispatcher.run();
    assertEquals(calls, receiver.findAll(postRequestedFor(urlEqualTo("/down"))).size());
  }

  @Test
  void ownerOnlyAndClearErrors() {
    UUID me = UUID.randomUUID();
    given()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body("{\"url\":\"https://app.example.org/hook\",\"events\":[\"RESPONSE\"]}")
        .post("/api/v1/members/" + me + "/webhooks")
        .then()
        .statusCode(403);
    registerUrl(me, "ftp://app.example.org/hook", "[\"RESPONSE\"]")
        .statusCode(400)
        .body("detail", containsString("url"));
    registerUrl(me, "https://app.example.org/hook", "[\"EVERYTHING\"]").statusCode(400);
    registerUrl(me, "https://app.example.org/hook", "[]").statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .get("/api/v1/members/" + me + "/webhooks/" + UUID.randomUUID() + "/deliveries")
        .then()
        .statusCode(404);
    String id =
        registerUrl(me, "https://app.example.org/hook", "[\"RESPONSE\"]")
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.member(me))
        .delete("/api/v1/members/" + me + "/webhooks/" + id)
        .then()
        .statusCode(204);
    webhooks(me).body("items", hasSize(0));
  }

  /**
   * Runs the dispatcher until the receiver has had {@code calls} requests on {@code path}: an item
   * is queued once every transaction older than it has ended, which another client of the same
   * PostgreSQL may delay for a moment.
   */
  private void awaitCalls(String path, int calls) {
    await("request " + calls + " on " + path)
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              dispatcher.run();
              return receiver.findAll(postRequestedFor(urlEqualTo(path))).size() >= calls;
            });
    assertEquals(calls, receiver.findAll(postRequestedFor(urlEqualTo(path))).size());
  }

  private static ValidatableResponse register(UUID member, String path, String events) {
    return registerUrl(member, receiver.baseUrl() + path, events);
  }

  private static ValidatableResponse registerUrl(UUID member, String url, String events) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .contentType(ContentType.JSON)
        .body("{\"url\":\"" + url + "\",\"events\":" + events + "}")
        .post("/api/v1/members/" + member + "/webhooks")
        .then();
  }

  private static ValidatableResponse webhooks(UUID member) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/members/" + member + "/webhooks")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse deliveries(UUID member, String webhook) {
    return given()
        .auth()
        .oauth2(TestTokens.member(member))
        .get("/api/v1/members/" + member + "/webhooks/" + webhook + "/deliveries")
        .then()
        .statusCode(200);
  }
}
