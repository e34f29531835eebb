package dev.rapport.activity.sync;

import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/activity-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity changes", description = "Change feed for other services' read models")
public class ActivityChangeResource {

  private final ActivityChangeFeed changes;

  public ActivityChangeResource(ActivityChangeFeed changes) {
    this.changes = changes;
  }

  @GET
  @RolesAllowed(Roles.SERVICE)
  @Operation(
      operationId = "listActivityChanges",
      summary = "Activities created, changed or deleted after a cursor (services only)",
      description =
          "In commit-safe order: a change is listed only once every transaction that could still"
              + " commit an earlier position has finished, so resuming from the last cursor never"
              + " skips a change committed late. Resume from the last cursor you processed.")
  @APIResponse(responseCode = "200", description = "The next changes")
  @APIResponse(responseCode = "400", description = "A malformed cursor or limit")
  @APIResponse(responseCode = "403", description = "The caller is not a service")
  public ChangePage list(
      @Parameter(description = "A cursor from this feed; omit to start at the beginning")
          @QueryParam("after")
          String after,
      @Parameter(description = "1 to 5000, default 100") @QueryParam("limit") Integer limit) {
    return changes.after(after, Params.limit("limit", limit, 100, 5000));
  }
}
