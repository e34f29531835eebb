package dev.rapport.activity.circle;

import dev.rapport.activity.circle.CircleViews.CircleList;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A member's study circles (a root of its own: /members/{id} belongs to other resources). */
@Path("/api/v1/members/{id}/study-circles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
@Tag(name = "Study circles")
public class MemberCirclesResource {

  private final CircleService circles;

  public MemberCirclesResource(CircleService circles) {
    this.circles = circles;
  }

  @GET
  @Operation(
      operationId = "listStudyCircles",
      summary = "The circles the member is in or invited to, newest first (owner only)")
  @APIResponse(responseCode = "200", description = "Up to 100 circles")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "403", description = "The caller is not this member (owner only)")
  public CircleList mine(@PathParam("id") String id) {
    return circles.mine(Params.uuid("id", id));
  }
}
