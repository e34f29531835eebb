package dev.rapport.profile.member;

import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.common.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

  private final MemberService members;
  private final Caller caller;

  public MemberResource(MemberService members, Caller caller) {
    this.members = members;
    this.caller = caller;
  }

  @GET
  @Path("/me")
  @RolesAllowed(Roles.MEMBER)
  @Operation(operationId = "getMe", summary = "The calling member")
  @APIResponse(responseCode = "200", description = "The calling member")
  @APIResponse(
      responseCode = "401",
      description = "No valid token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public MemberView me() {
    return members.get(caller.requireMember());
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getMember", summary = "A member, as the caller may see them")
  @APIResponse(responseCode = "200", description = "The member")
  @APIResponse(
      responseCode = "400",
      description = "The id is not a UUID",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such member",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public MemberView get(@PathParam("id") String id) {
    return members.get(Params.uuid("id", id));
  }
}
