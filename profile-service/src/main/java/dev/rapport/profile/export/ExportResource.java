package dev.rapport.profile.export;

import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.profile.export.ExportRecords.MemberExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Members: profile, search, batch read and erasure")
public class ExportResource {

  private final ExportService exports;

  public ExportResource(ExportService exports) {
    this.exports = exports;
  }

  @GET
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "exportMember",
      summary = "Everything Rapport holds about the calling member, in one JSON document",
      description =
          "Owner only. profile-service's data (member, positioning, connections, account without"
              + " secrets, sessions without tokens) plus activity-service's and"
              + " recommendation-service's exports, gathered with profile-service's own token. When"
              + " either service cannot answer, 503 with Retry-After: never a partial export.")
  @APIResponse(responseCode = "200", description = "The export")
  @APIResponse(responseCode = "400", description = "id is not a UUID")
  @APIResponse(responseCode = "401", description = "No valid member token")
  @APIResponse(responseCode = "403", description = "Not the member's own export")
  @APIResponse(responseCode = "404", description = "No such member")
  @APIResponse(
      responseCode = "503",
      description = "activity- or recommendation-service is unavailable; Retry-After says when")
  public MemberExport export(@PathParam("id") String id) {
    return exports.export(Params.uuid("id", id));
  }
}
