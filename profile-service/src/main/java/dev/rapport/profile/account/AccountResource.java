package dev.rapport.profile.account;

import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import dev.rapport.profile.account.AccountRecords.RefreshRequest;
import dev.rapport.profile.account.AccountRecords.RegisterRequest;
import dev.rapport.profile.account.AccountRecords.Registration;
import dev.rapport.profile.account.AccountRecords.ServiceToken;
import dev.rapport.profile.account.AccountRecords.Token;
import dev.rapport.profile.account.AccountRecords.TokenRequest;
import dev.rapport.profile.account.AccountService.SignedIn;
import dev.rapport.profile.security.TokenIssuer.IssuedToken;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Registration and access tokens")
public class AccountResource {

  private static final String BEARER = "Bearer";

  private final AccountService accounts;
  private final Caller caller;
  private final CallingSession session;

  public AccountResource(AccountService accounts, Caller caller, CallingSession session) {
    this.accounts = accounts;
    this.caller = caller;
    this.session = session;
  }

  @POST
  @Path("/register")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "register",
      summary = "Create an account and its member",
      description =
          "Emails are unique regardless of case. The password needs at least 10 characters and is"
              + " stored only as a bcrypt hash. Answers with a first access token.")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the new member",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Registration.class)))
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  @APIResponse(responseCode = "409", description = "An account with this email exists")
  @APIResponse(
      responseCode = "429",
      description = "Too many registrations from this address; Retry-After says when to retry")
  public Response register(@Valid @NotNull RegisterRequest body, @Context HttpServerRequest http) {
    SignedIn registered =
        accounts.register(body.email(), body.password(), body.displayName(), ip(http));
    IssuedToken token = registered.token();
    return Response.created(
            UriBuilder.fromPath("/api/v1/members/{id}").build(registered.memberId()))
        .entity(
            new Registration(
                registered.memberId(),
                token.accessToken(),
                BEARER,
                token.expiresIn(),
                registered.session().refreshToken(),
                registered.session().refreshExpiresIn()))
        .build();
  }

  @POST
  @Path("/token")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createToken",
      summary = "Sign in: exchange email and password for an access token")
  @APIResponse(responseCode = "200", description = "A bearer token")
  @APIResponse(responseCode = "400", description = "A field is missing")
  @APIResponse(
      responseCode = "401",
      description = "Wrong email or password (which one is not said)")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many attempts from this address or for this account, or the account is"
              + " temporarily locked after repeated failures; Retry-After says when to retry")
  public Token token(@Valid @NotNull TokenRequest body, @Context HttpServerRequest http) {
    return token(accounts.signIn(body.email(), body.password(), ip(http)));
  }

  @POST
  @Path("/refresh")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "refreshToken",
      summary = "Exchange a refresh token for a new access token and a new refresh token",
      description =
          "Refresh tokens rotate: each works once. Presenting one that was already exchanged"
              + " revokes its whole session (its access tokens get 401 from then on).")
  @APIResponse(responseCode = "200", description = "A new access token and refresh token")
  @APIResponse(responseCode = "400", description = "refreshToken is missing")
  @APIResponse(
      responseCode = "401",
      description = "Unknown, expired, revoked or already used refresh token")
  @APIResponse(responseCode = "429", description = "Too many refreshes from this address")
  public Token refresh(@Valid @NotNull RefreshRequest body, @Context HttpServerRequest http) {
    return token(accounts.refresh(body.refreshToken(), ip(http)));
  }

  @POST
  @Path("/logout")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "logout",
      summary = "End the session of the calling access token",
      description =
          "Revokes the session: its refresh token stops working and its access tokens get 401.")
  @APIResponse(responseCode = "204", description = "Signed out")
  @APIResponse(responseCode = "401", description = "No valid member token")
  public Response logout() {
    accounts.logout(caller.requireMember(), session.id());
    return Response.noContent().build();
  }

  static String ip(HttpServerRequest http) {
    return http == null || http.remoteAddress() == null
        ? "unknown"
        : http.remoteAddress().hostAddress();
  }

  private static Token token(SignedIn signedIn) {
    IssuedToken token = signedIn.token();
    return new Token(
        token.accessToken(),
        BEARER,
        token.expiresIn(),
        signedIn.session().refreshToken(),
        signedIn.session().refreshExpiresIn());
  }

  @POST
  @Path("/service-token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      operationId = "createServiceToken",
      summary = "OAuth 2.0 client credentials grant for Rapport's own services",
      description =
          "Service clients named in profile-service's configuration authenticate with HTTP Basic"
              + " (client_secret_basic) or form fields client_id and client_secret, with"
              + " grant_type=client_credentials, and receive a short-lived token in group service.")
  @APIResponse(responseCode = "200", description = "A service token")
  @APIResponse(responseCode = "400", description = "grant_type is not client_credentials")
  @APIResponse(responseCode = "401", description = "Unknown client or wrong secret")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many requests from this address or for this client, or the client is temporarily"
              + " locked after repeated failures; Retry-After says when to retry")
  public ServiceToken serviceToken(
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String clientId,
      @FormParam("client_secret") String clientSecret,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServerRequest http) {
    if (!"client_credentials".equals(grantType)) {
      throw ProblemException.invalid("grant_type", "must be client_credentials");
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new ProblemException(ProblemType.UNAUTHORIZED, "Malformed Basic credentials.");
      }
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        clientId = decoded.substring(0, colon);
        clientSecret = decoded.substring(colon + 1);
      }
    }
    IssuedToken token = accounts.signInService(clientId, clientSecret, ip(http));
    return new ServiceToken(token.accessToken(), BEARER, token.expiresIn());
  }
}
