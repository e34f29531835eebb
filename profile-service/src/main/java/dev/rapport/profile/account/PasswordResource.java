package dev.rapport.profile.account;

import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.profile.account.AccountRecords.PasswordChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/me/password")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Registration and access tokens")
public class PasswordResource {

  private final AccountService accounts;
  private final Caller caller;
  private final CallingSession session;

  public PasswordResource(AccountService accounts, Caller caller, CallingSession session) {
    this.accounts = accounts;
    this.caller = caller;
    this.session = session;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "changePassword",
      summary = "Change the calling member's password",
      description =
          "The current password is required. Every other session of the account is revoked (their"
              + " refresh tokens stop working, their access tokens get 401); the calling session"
              + " stays signed in.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  @APIResponse(responseCode = "401", description = "No valid member token")
  @APIResponse(responseCode = "403", description = "currentPassword is wrong")
  @APIResponse(responseCode = "409", description = "The password changed meanwhile")
  @APIResponse(
      responseCode = "429",
      description = "Too many attempts, or temporarily locked; Retry-After says when to retry")
  public Response change(@Valid @NotNull PasswordChange body) {
    accounts.changePassword(
        caller.requireMember(), body.currentPassword(), body.newPassword(), session.id());
    return Response.noContent().build();
  }
}
