package dev.rapport.activity.log;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.rapport.activity.Activities.list;
import static dev.rapport.activity.Activities.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.activity.Bodies;
import dev.rapport.activity.InjectProfileService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

  @InjectProfileService WireMockServer profile;

  @Test
  void theSameKeyAndBodyReplayTheFirstResponseAndLogNothingNew() {
    UUID me = UUID.randomUUID();
    String body = Bodies.contribution(List.of(UUID.randomUUID()));
    ExtractableResponse<Response> first = post(me, "key-1", body).statusCode(201).extract();
    ExtractableResponse<Response> again =
        post(me, "key-1", body).statusCode(201).header("Idempotent-Replayed", "true").extract();
    assertEquals(first.body().asString(), again.body().asString());
    assertEquals(first.header("Location"), again.header("Location"));
    list(me, me).body("items", hasSize(1)).body("items[0].id", equalTo(first.path("id")));

    post(me, "key-1", Bodies.contribution(List.of(UUID.randomUUID())))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("different body"));
    list(me, me).body("items", hasSize(1));

    // Keys belong to a member: another member's identical key is a new activity.
    UUID other = UUID.randomUUID();
    post(other, "key-1", body).statusCode(201);
    list(other, other).body("items", hasSize(1));

    post(me, "x".repeat(201), body)
        .statusCode(400)
        .body("errors.field", contains("Idempotency-Key"));
  }

  @Test
  void twoConcurrentRequestsWithOneKeyLogOnce() throws Exception {
    UUID me = UUID.randomUUID();
    UUID slow = UUID.randomUUID();
    // The member check is slow, so the second request arrives while the first is in flight.
    profile.stubFor(
        get(urlPathEqualTo("/api/v1/members"))
            .withQueryParam("ids", containing(slow.toString()))
            .atPriority(1)
            .willReturn(aResponse().withTransformers("member-directory").withFixedDelay(400)));
    String body = Bodies.contribution(List.of(slow));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ExtractableResponse<Response>>> results =
          List.of(
              pool.submit(
                  () -> {
                    start.await();
                    return post(me, "race", body).extract();
                  }),
              pool.submit(
                  () -> {
                    start.await();
                    return post(me, "race", body).extract();
                  }));
      start.countDown();
      ExtractableResponse<Response> a = results.get(0).get();
      ExtractableResponse<Response> b = results.get(1).get();
      assertEquals(201, a.statusCode());
      assertEquals(201, b.statusCode());
      assertEquals(a.<String>path("id"), b.<String>path("id"));
      assertEquals(a.body().asString(), b.body().asString(), "both get the first response");
      assertEquals(
          1,
          (a.header("Idempotent-Replayed") == null ? 0 : 1)
              + (b.header("Idempotent-Replayed") == null ? 0 : 1),
          "exactly one of them is the replay");
    } finally {
      pool.shutdownNow();
    }
    list(me, me).body("items", hasSize(1));
  }

  @Test
  void aRejectedRequestDoesNotKeepItsKey() {
    UUID me = UUID.randomUUID();
    post(
            me,
            "fix-and-retry",
            Bodies.contribution(List.of(dev.rapport.activity.ProfileServiceMock.unknownMember())))
        .statusCode(422);
    post(me, "fix-and-retry", Bodies.contribution(List.of(UUID.randomUUID()))).statusCode(201);
    list(me, me).body("items", hasSize(1));
  }
}
