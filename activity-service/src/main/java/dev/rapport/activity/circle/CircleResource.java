package dev.rapport.activity.circle;

import dev.rapport.activity.circle.CircleViews.CircleRequest;
import dev.rapport.activity.circle.CircleViews.StudyCircle;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/study-circles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
@Tag(
    name = "Study circles",
    description =
        "Way 5 together: a course, a weekly insight day, and connections invited to it. Members"
            + " see each other's enrolment, progress and insights on the course, and only they do;"
            + " joining shares one's own learning on it with them, whatever its visibility.")
public class CircleResource {

  private final CircleService circles;

  public CircleResource(CircleService circles) {
    this.circles = circles;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createStudyCircle",
      summary = "Start a study circle for a course and invite connections to it",
      description =
          "The caller is its first member; each invitee (an accepted connection) finds the"
              + " invitation in their inbox (STUDY_CIRCLE_INVITATION).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", description = "The circle"),
      content = @Content(schema = @Schema(implementation = StudyCircle.class)))
  @APIResponse(
      responseCode = "400",
      description = "A missing course or day, no invitee, more than 20, or the caller invited")
  @APIResponse(responseCode = "403", description = "The token is not a member's")
  @APIResponse(
      responseCode = "422",
      description = "Invitees who are not the caller's accepted connections (named)")
  public Response create(@Valid @NotNull CircleRequest request) {
    StudyCircle circle = circles.create(request);
    return Response.created(URI.create("/api/v1/study-circles/" + circle.id()))
        .entity(circle)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getStudyCircle",
      summary = "A circle the caller is in or invited to",
      description =
          "Members see its learning (the members' latest enrolments, progress and insights on"
              + " the course); an invitee sees who is in it; anyone else gets 404.")
  @APIResponse(responseCode = "200", description = "The circle")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such circle, or the caller is not in it")
  public StudyCircle get(@PathParam("id") String id) {
    return circles.get(Params.uuid("id", id));
  }

  @POST
  @Path("/{id}/accept")
  @Operation(operationId = "acceptStudyCircle", summary = "Accept an invitation to a circle")
  @APIResponse(responseCode = "200", description = "The circle, with its learning")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such circle, or no invitation to it")
  @APIResponse(responseCode = "409", description = "The invitation was answered already")
  public StudyCircle accept(@PathParam("id") String id) {
    return circles.accept(Params.uuid("id", id));
  }

  @POST
  @Path("/{id}/decline")
  @Operation(operationId = "declineStudyCircle", summary = "Decline an invitation to a circle")
  @APIResponse(responseCode = "200", description = "The circle as the invitee saw it")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such circle, or no invitation to it")
  @APIResponse(responseCode = "409", description = "The invitation was answered already")
  public StudyCircle decline(@PathParam("id") String id) {
    return circles.decline(Params.uuid("id", id));
  }

  @POST
  @Path("/{id}/leave")
  @Operation(
      operationId = "leaveStudyCircle",
      summary = "Leave a circle",
      description =
          "The member's learning is no longer shown to it. A circle whose owner leaves passes to"
              + " its longest member; one with no member left is removed.")
  @APIResponse(responseCode = "204", description = "Left")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such circle, or the caller is not in it")
  public void leave(@PathParam("id") String id) {
    circles.leave(Params.uuid("id", id));
  }
}
