package dev.rapport.activity.response;

import dev.rapport.activity.response.ResponseViews.ResponsePage;
import dev.rapport.activity.response.ResponseViews.ResponseRequest;
import dev.rapport.activity.response.ResponseViews.ResponseView;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/activities/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Responses",
    description =
        "Thanks and replies of the members a knowledge share or contribution is addressed to,"
            + " visible to them and to its author")
public class ResponseResource {

  private final ResponseService responses;

  public ResponseResource(ResponseService responses) {
    this.responses = responses;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "respondToActivity",
      summary = "Thank or reply to a share or contribution addressed to the caller",
      description =
          "Only a recipient of a KNOWLEDGE_SHARE or a beneficiary of a CONTRIBUTION responds;"
              + " the response reaches the author's inbox (kind RESPONSE). "
              + ResponseKind.DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Responded",
      content = @Content(schema = @Schema(implementation = ResponseView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A malformed id, an unknown kind, a REPLY without text or a text too long")
  @APIResponse(
      responseCode = "403",
      description = "The activity is not a share or contribution addressed to the caller")
  @APIResponse(responseCode = "404", description = "No such activity, or not visible to the caller")
  @APIResponse(responseCode = "409", description = "The caller already thanked for this activity")
  public Response respond(@PathParam("id") String id, @Valid @NotNull ResponseRequest request) {
    ResponseView view = responses.respond(Params.uuid("id", id), request);
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "listActivityResponses",
      summary = "The responses to an activity the caller may see, oldest first",
      description =
          "The author (and services) see every response; a member it is addressed to sees their"
              + " own; anyone else who may see the activity sees none. Keyset pagination: pass"
              + " nextCursor as cursor.")
  @APIResponse(responseCode = "200", description = "One page")
  @APIResponse(responseCode = "400", description = "A malformed id, cursor or limit")
  @APIResponse(responseCode = "404", description = "No such activity, or not visible to the caller")
  public ResponsePage list(
      @PathParam("id") String id,
      @QueryParam("cursor") String cursor,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    return responses.list(Params.uuid("id", id), cursor, Params.limit("limit", limit, 20, 100));
  }
}
