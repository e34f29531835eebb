package dev.rapport.profile.member;

import static dev.rapport.profile.Fixtures.connect;
import static dev.rapport.profile.Fixtures.position;
import static dev.rapport.profile.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.common.testing.SmallPool;
import dev.rapport.profile.Fixtures.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Member reads on one pooled connection each, whoever asks (see {@link SmallPool}). */
@QuarkusTest
@TestProfile(SmallPool.Profile.class)
class OnePooledConnectionTest {

  @Test
  void everyCallerReadsAMemberOnOneConnection() throws Exception {
    Registered member = register("Ines Duarte");
    Registered friend = register("Tomas Berg");
    Registered stranger = register("Lea Novak");
    connect(member, friend);
    position(
        member,
        Map.of(
            "interests", List.of("Soil science"),
            "visibility", Map.of("interests", "CONNECTIONS")));
    String path = "/api/v1/members/" + member.id();

    Callable<Integer> read =
        () -> given().auth().oauth2(friend.token()).get(path).then().extract().statusCode();
    SmallPool.allAnswer(200, "a connection's read of " + path, Collections.nCopies(64, read));

    given()
        .auth()
        .oauth2(friend.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("positioning.interests", equalTo(List.of("Soil science")));
    given()
        .auth()
        .oauth2(stranger.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("positioning.interests", nullValue());
    given()
        .auth()
        .oauth2(member.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("positioning.interests", equalTo(List.of("Soil science")));
    given().get(path).then().statusCode(200).body("positioning.interests", nullValue());
  }
}
