package dev.rapport.profile.connection;

import dev.rapport.common.web.Params;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionIds;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/connection-ids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Connections")
public class ConnectionIdsResource {

  private final ConnectionService connections;

  public ConnectionIdsResource(ConnectionService connections) {
    this.connections = connections;
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "listConnectionIds",
      summary = "The ids of a member's accepted connections",
      description = "For Rapport's services (group service) and the member themself.")
  @APIResponse(responseCode = "200", description = "The connected members' ids")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "403", description = "Neither a service nor the member themself")
  @APIResponse(responseCode = "404", description = "No such member")
  public ConnectionIds list(@PathParam("id") String id) {
    return new ConnectionIds(connections.acceptedIds(Params.uuid("id", id)));
  }
}
