package dev.rapport.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.common.testing.HostileInput;
import dev.rapport.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed contract, sent hostile variants: no 5xx, every 4xx problem+json.
 */
@QuarkusTest
class HostileInputTest extends HostileInput {

  @Test
  void aNulCharacterInAQueryParameterIsA400NamingIt() {
    given()
        .noFilters()
        .auth()
        .oauth2(TestTokens.member(UUID.randomUUID()))
        .queryParam("goal", "a\u0000b")
        .get("/api/v1/members")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("goal"));
  }

  @Test
  void aNulCharacterInABodyFieldIsA400NamingIt() {
    given()
        .noFilters()
        .contentType("application/json")
        .body("{\"email\":\"a\\u0000b@example.com\",\"password\":\"secret-secret\"}")
        .post("/api/v1/auth/token")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("email"));
  }

  @Test
  void aFormBodyWhereJsonIsExpectedIsA415() {
    given()
        .noFilters()
        .contentType("application/x-www-form-urlencoded")
        .formParam("email", "a@example.com")
        .post("/api/v1/auth/token")
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
  }
}
