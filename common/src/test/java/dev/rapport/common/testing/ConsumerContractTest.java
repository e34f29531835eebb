package dev.rapport.common.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The consumer check itself, against profile-service's committed contract. */
class ConsumerContractTest {

  record Token(String accessToken, String tokenType, long expiresIn) {}

  record TokenWithAFieldTheProviderLacks(String accessToken, String idToken) {}

  @Test
  void passesWhenTheProviderDocumentsEverythingTheConsumerReads() {
    ConsumerContract.of("profile-service")
        .assertOperation("POST", "/api/v1/auth/token")
        .assertResponseFields("POST", "/api/v1/auth/token", 200, Token.class);
  }

  @Test
  void failsNamingAFieldTheProviderLacks() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                ConsumerContract.of("profile-service")
                    .assertResponseFields(
                        "POST", "/api/v1/auth/token", 200, TokenWithAFieldTheProviderLacks.class));
    assertTrue(e.getMessage().contains("idToken"), e.getMessage());
  }

  @Test
  void failsOnAPathOrParameterTheProviderLacks() {
    ConsumerContract contract = ConsumerContract.of("profile-service");
    assertThrows(
        AssertionFailedError.class, () -> contract.assertOperation("GET", "/api/v1/nothing"));
    assertThrows(
        AssertionFailedError.class,
        () -> contract.assertOperation("GET", "/api/v1/members/{id}", "expand"));
  }
}
