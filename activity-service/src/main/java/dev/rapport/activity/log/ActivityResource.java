package dev.rapport.activity.log;

import dev.rapport.activity.log.ActivityRepository.Filter;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.activity.way.Weights;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.common.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "The log of what members do to build relationships")
public class ActivityResource {

  private final ActivityService activities;

  public ActivityResource(ActivityService activities) {
    this.activities = activities;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "createActivity",
      summary = "Log an activity of the calling member",
      description =
          "The member is the caller; counterparts are derived from the type's member ids, which"
              + " are checked in one batch call to profile-service. Catalog ids (courseId,"
              + " discussionId) are not checked here. With an Idempotency-Key, the same key and"
              + " body return the first response (also when two requests race) and log nothing"
              + " new; the same key with another body is a 422. "
              + Weights.DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Logged (or the replay of the first response for this Idempotency-Key)",
      headers = @Header(name = "Location", description = "The new activity"),
      content = @Content(schema = @Schema(implementation = ActivityView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field breaks the rules of the activity's type")
  @APIResponse(responseCode = "401", description = "Missing, malformed, expired or forged token")
  @APIResponse(responseCode = "403", description = "The token is not a member's")
  @APIResponse(
      responseCode = "422",
      description = "Unknown member ids (named), or an Idempotency-Key reused with another body")
  @APIResponse(
      responseCode = "503",
      description =
          "profile-service did not answer in time; nothing was stored. Retry after Retry-After"
              + " seconds with the same Idempotency-Key.",
      headers = @Header(name = "Retry-After", description = "Seconds to wait"))
  public Response create(
      @Parameter(
              in = ParameterIn.HEADER,
              description = "Makes retries safe: 1 to 200 characters, unique per request",
              example = "3c0d2a7e-retry-safe")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Valid @NotNull ActivityRequest request) {
    CreatedActivity created = activities.create(idempotencyKey, request);
    Response.ResponseBuilder response =
        Response.created(URI.create("/api/v1/activities/" + created.id()))
            .type(MediaType.APPLICATION_JSON)
            .entity(created.body());
    if (created.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }

  @GET
  @Path("/{id}")
  @Authenticated
  @Operation(
      operationId = "getActivity",
      summary = "An activity the caller may see",
      description =
          "PUBLIC: every member; CONNECTIONS: the owner's accepted connections; PRIVATE: the owner"
              + " only. Services see all. An activity the caller may not see is a 404.")
  @APIResponse(responseCode = "200", description = "The activity")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such activity, or not visible to the caller")
  public ActivityView get(@PathParam("id") String id) {
    return activities.get(Params.uuid("id", id));
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "listActivities",
      summary = "Activities the caller may see, newest first",
      description =
          "Filters combine; from is inclusive, to exclusive. Keyset pagination on (occurredAt,"
              + " id): pass nextCursor as cursor for the next page.")
  @APIResponse(responseCode = "200", description = "One page")
  @APIResponse(responseCode = "400", description = "A malformed filter, limit or cursor")
  public ActivityPage list(
      @Parameter(example = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") @QueryParam("memberId")
          String memberId,
      @Parameter(example = "CONTRIBUTION") @QueryParam("type") String type,
      @Parameter(example = "java") @QueryParam("topic") String topic,
      @Parameter(example = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") @QueryParam("counterpart")
          String counterpart,
      @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
      @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    Filter filter =
        new Filter(
            memberId == null ? null : Params.uuid("memberId", memberId),
            Params.enumValue("type", type, ActivityType.class),
            topic == null || topic.isBlank()
                ? null
                : topic.strip().toLowerCase(java.util.Locale.ROOT),
            counterpart == null ? null : Params.uuid("counterpart", counterpart),
            instant("from", from),
            instant("to", to));
    return activities.list(filter, cursor, Params.limit("limit", limit, 20, 100));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "updateActivity",
      summary = "Change an activity (owner only)",
      description =
          "Fields given replace the stored ones; a type section is replaced whole and validated as"
              + " on creation. New member ids are checked with profile-service (503 when it does"
              + " not answer).")
  @APIResponse(responseCode = "200", description = "The changed activity")
  @APIResponse(
      responseCode = "400",
      description = "A field breaks the rules of the activity's type")
  @APIResponse(
      responseCode = "403",
      description = "The caller may see the activity but does not own it")
  @APIResponse(responseCode = "404", description = "No such activity, or not visible to the caller")
  @APIResponse(responseCode = "422", description = "Unknown member ids")
  @APIResponse(
      responseCode = "503",
      description = "profile-service did not answer in time; nothing was changed",
      headers = @Header(name = "Retry-After", description = "Seconds to wait"))
  public ActivityView update(@PathParam("id") String id, @Valid @NotNull ActivityPatch patch) {
    return activities.update(Params.uuid("id", id), patch);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "deleteActivity",
      summary = "Delete an activity (owner only)",
      description =
          "Removes it from lists, summaries and relationships and publishes a DELETE change."
              + " Needs no other service.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "403",
      description = "The caller may see the activity but does not own it")
  @APIResponse(responseCode = "404", description = "No such activity, or not visible to the caller")
  public void delete(@PathParam("id") String id) {
    activities.delete(Params.uuid("id", id));
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          name, "'" + value + "' is not an ISO-8601 instant such as 2026-01-31T09:00:00Z");
    }
  }
}
