package dev.rapport.profile.connection;

import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionPage;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionRequest;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionView;
import dev.rapport.profile.connection.ConnectionRecords.Context;
import dev.rapport.profile.connection.ConnectionRecords.Status;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/connections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Connections", description = "Asking to connect, answering, and listing connections")
public class ConnectionResource {

  private final ConnectionService connections;

  public ConnectionResource(ConnectionService connections) {
    this.connections = connections;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "requestConnection",
      summary = "Ask another member to connect",
      description =
          "The member in the path (the caller) asks memberId to connect, in a context and with an"
              + " optional note (at most 500 characters). One connection per pair of members"
              + " whichever asked: a second request either way is a 409, also after a decline"
              + " (remove the old one first). Nobody connects with themself.")
  @APIResponse(
      responseCode = "201",
      description = "Requested; Location names the connection",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConnectionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or invalid, or memberId is the caller")
  @APIResponse(responseCode = "403", description = "The caller is not the member in the path")
  @APIResponse(responseCode = "404", description = "No member memberId")
  @APIResponse(responseCode = "409", description = "The two members already have a connection")
  public Response request(@PathParam("id") String id, @Valid @NotNull ConnectionRequest body) {
    ConnectionView view = connections.request(Params.uuid("id", id), body);
    return Response.created(
            UriBuilder.fromPath("/api/v1/members/{id}/connections/{connectionId}")
                .build(view.requesterId(), view.id()))
        .entity(view)
        .build();
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "listConnections",
      summary = "A member's connections, in all states",
      description =
          "For the member themself (and Rapport's services). Filter by status and context;"
              + " limit 1..100 (default 50); pass nextCursor as cursor for the next page.")
  @APIResponse(responseCode = "200", description = "One page of connections")
  @APIResponse(
      responseCode = "400",
      description = "An id, status, context, limit or cursor is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not the member in the path")
  public ConnectionPage list(
      @PathParam("id") String id,
      @QueryParam("status") String status,
      @QueryParam("context") String context,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return connections.list(
        Params.uuid("id", id),
        Params.enumValue("status", status, Status.class),
        Params.enumValue("context", context, Context.class),
        cursor,
        Params.limit("limit", Params.integer("limit", limit), 50, 100));
  }

  @GET
  @Path("/{connectionId}")
  @Authenticated
  @Operation(operationId = "getConnection", summary = "One connection of the member")
  @APIResponse(responseCode = "200", description = "The connection")
  @APIResponse(responseCode = "400", description = "An id is not a UUID")
  @APIResponse(responseCode = "403", description = "The caller is not the member in the path")
  @APIResponse(responseCode = "404", description = "The member has no such connection")
  public ConnectionView get(
      @PathParam("id") String id, @PathParam("connectionId") String connectionId) {
    return connections.get(Params.uuid("id", id), Params.uuid("connectionId", connectionId));
  }

  @POST
  @Path("/{connectionId}/accept")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "acceptConnection",
      summary = "Accept a request to connect",
      description = "Only the member who was asked accepts, and only a pending request.")
  @APIResponse(responseCode = "200", description = "Accepted")
  @APIResponse(responseCode = "400", description = "An id is not a UUID")
  @APIResponse(
      responseCode = "403",
      description = "The caller is not the member in the path, or is the one who asked")
  @APIResponse(responseCode = "404", description = "The member has no such connection")
  @APIResponse(responseCode = "409", description = "The request was already answered")
  public ConnectionView accept(
      @PathParam("id") String id, @PathParam("connectionId") String connectionId) {
    return connections.answer(
        Params.uuid("id", id), Params.uuid("connectionId", connectionId), true);
  }

  @POST
  @Path("/{connectionId}/decline")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "declineConnection",
      summary = "Decline a request to connect",
      description = "Only the member who was asked declines, and only a pending request.")
  @APIResponse(responseCode = "200", description = "Declined")
  @APIResponse(responseCode = "400", description = "An id is not a UUID")
  @APIResponse(
      responseCode = "403",
      description = "The caller is not the member in the path, or is the one who asked")
  @APIResponse(responseCode = "404", description = "The member has no such connection")
  @APIResponse(responseCode = "409", description = "The request was already answered")
  public ConnectionView decline(
      @PathParam("id") String id, @PathParam("connectionId") String connectionId) {
    return connections.answer(
        Params.uuid("id", id), Params.uuid("connectionId", connectionId), false);
  }

  @DELETE
  @Path("/{connectionId}")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "deleteConnection",
      summary = "Remove a connection or withdraw a request",
      description = "Either of the two members may remove it, whatever its status.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "400", description = "An id is not a UUID")
  @APIResponse(responseCode = "403", description = "The caller is not the member in the path")
  @APIResponse(responseCode = "404", description = "The member has no such connection")
  public void delete(@PathParam("id") String id, @PathParam("connectionId") String connectionId) {
    connections.remove(Params.uuid("id", id), Params.uuid("connectionId", connectionId));
  }
}
