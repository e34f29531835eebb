package dev.rapport.profile.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the account endpoints read and write. */
final class AccountRecords {

  private AccountRecords() {}

  @Schema(name = "RegisterRequest")
  record RegisterRequest(
      @NotBlank @Email @Size(max = 254) @Schema(examples = "ana.lima@example.com") String email,
      @NotNull
          @Size(min = 10, max = 72)
          @Schema(
              description = "At least 10 characters; stored only as a bcrypt hash",
              examples = "correct-horse-battery")
          String password,
      @NotBlank @Size(max = 100) @Schema(examples = "Ana Lima") String displayName) {}

  @Schema(name = "Registration")
  record Registration(
      @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID memberId,
      String accessToken,
      @Schema(examples = "Bearer") String tokenType,
      @Schema(description = "Seconds until the token expires", examples = "3600") long expiresIn,
      @Schema(description = REFRESH) String refreshToken,
      @Schema(description = "Seconds until the refresh token expires unused", examples = "2592000")
          Long refreshExpiresIn) {}

  static final String REFRESH =
      "Exchange it at POST /api/v1/auth/refresh for a new access token and a new refresh token;"
          + " each refresh token works once (presenting a used one again revokes the session)";

  @Schema(name = "TokenRequest")
  record TokenRequest(
      @NotBlank @Schema(examples = "ana.lima@example.com") String email,
      @NotBlank @Schema(examples = "correct-horse-battery") String password) {}

  @Schema(name = "Token")
  record Token(
      String accessToken,
      @Schema(examples = "Bearer") String tokenType,
      @Schema(description = "Seconds until the token expires", examples = "3600") long expiresIn,
      @Schema(description = REFRESH) String refreshToken,
      @Schema(description = "Seconds until the refresh token expires unused", examples = "2592000")
          Long refreshExpiresIn) {}

  @Schema(name = "RefreshRequest")
  record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

  @Schema(name = "PasswordChange")
  record PasswordChange(
      @NotBlank @Size(max = 72) String currentPassword,
      @NotNull
          @Size(min = 10, max = 72)
          @Schema(description = "At least 10 characters", examples = "another-horse-battery")
          String newPassword) {}

  /** OAuth 2.0 token response (RFC 6749 §5.1) for service clients. */
  @Schema(name = "ServiceToken")
  record ServiceToken(
      @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
      @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
      @com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn) {}
}
