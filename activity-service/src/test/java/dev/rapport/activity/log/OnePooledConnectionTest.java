package dev.rapport.activity.log;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.activity.Activities;
import dev.rapport.activity.Bodies;
import dev.rapport.common.testing.SmallPool;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Writes on one pooled connection at a time (see {@link SmallPool}): a create with an
 * Idempotency-Key and counterparts the local copy does not know yet, a change adding one, a delete
 * and a cadence, sixteen at once on a pool of two.
 */
@QuarkusTest
@TestProfile(SmallPool.Profile.class)
class OnePooledConnectionTest {

  @Test
  void writesHoldOneConnectionEach() throws Exception {
    UUID me = UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    List<Callable<Integer>> creates = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String key = "pool-" + i;
      String body = Bodies.contribution(List.of(UUID.randomUUID()));
      creates.add(
          () -> {
            var created = Activities.post(me, key, body).extract();
            synchronized (ids) {
              if (created.statusCode() == 201) {
                ids.add(created.path("id"));
              }
            }
            return created.statusCode();
          });
    }
    SmallPool.allAnswer(201, "a create with a key and a new counterpart", creates);

    List<Callable<Integer>> changes = new ArrayList<>();
    for (String id : ids) {
      String body =
          "{\"contribution\":{\"kind\":\"ADVICE\",\"beneficiaries\":[\""
              + UUID.randomUUID()
              + "\"],\"description\":\"Advice\"}}";
      changes.add(
          () ->
              given()
                  .auth()
                  .oauth2(TestTokens.member(me))
                  .contentType(ContentType.JSON)
                  .body(body)
                  .patch("/api/v1/activities/" + id)
                  .then()
                  .extract()
                  .statusCode());
    }
    SmallPool.allAnswer(200, "a change adding a counterpart", changes);

    List<Callable<Integer>> cadences = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      UUID counterpart = UUID.randomUUID();
      cadences.add(
          () ->
              given()
                  .auth()
                  .oauth2(TestTokens.member(me))
                  .contentType(ContentType.JSON)
                  .body("{\"everyDays\":7}")
                  .put("/api/v1/members/" + me + "/relationships/" + counterpart + "/cadence")
                  .then()
                  .extract()
                  .statusCode());
    }
    SmallPool.allAnswer(200, "a cadence for a counterpart not known yet", cadences);

    List<Callable<Integer>> deletes = new ArrayList<>();
    for (String id : ids) {
      deletes.add(
          () ->
              given()
                  .auth()
                  .oauth2(TestTokens.member(me))
                  .delete("/api/v1/activities/" + id)
                  .then()
                  .extract()
                  .statusCode());
    }
    SmallPool.allAnswer(204, "a delete", deletes);
    Activities.list(me, me).body("items.size()", equalTo(0));
  }
}
