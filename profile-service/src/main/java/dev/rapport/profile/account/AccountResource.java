package dev.rapport.profile.account;

import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import dev.rapport.profile.account.AccountRecords.RegisterRequest;
import dev.rapport.profile.account.AccountRecords.Registration;
import dev.rapport.profile.account.AccountRecords.ServiceToken;
import dev.rapport.profile.account.AccountRecords.Token;
import dev.rapport.profile.account.AccountRecords.TokenRequest;
import dev.rapport.profile.security.TokenIssuer.IssuedToken;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

  public AccountResource(AccountService accounts) {
    this.accounts = accounts;
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
  public Response register(@Valid @NotNull RegisterRequest body) {
    AccountService.Registered registered =
        accounts.register(body.email(), body.password(), body.displayName());
    IssuedToken token = registered.token();
    return Response.created(
            UriBuilder.fromPath("/api/v1/members/{id}").build(registered.memberId()))
        .entity(
            new Registration(registered.memberId(), token.accessToken(), BEARER, token.expiresIn()))
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
  public Token token(@Valid @NotNull TokenRequest body) {
    IssuedToken token = accounts.signIn(body.email(), body.password());
    return new Token(token.accessToken(), BEARER, token.expiresIn());
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
  public ServiceToken serviceToken(
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String clientId,
      @FormParam("client_secret") String clientSecret,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
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
    IssuedToken token = accounts.signInService(clientId, clientSecret);
    return new ServiceToken(token.accessToken(), BEARER, token.expiresIn());
  }
}
