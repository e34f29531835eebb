package dev.rapport.activity.insight;

import dev.rapport.activity.insight.InsightViews.CadenceRequest;
import dev.rapport.activity.insight.InsightViews.NudgeList;
import dev.rapport.activity.insight.InsightViews.Relationship;
import dev.rapport.activity.insight.InsightViews.RelationshipPage;
import dev.rapport.activity.insight.InsightViews.Summary;
import dev.rapport.activity.way.Weights;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a member's log adds up to. Only the member themself may read or set any of it. */
@Path("/api/v1/members/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
@Tag(
    name = "Insights",
    description =
        "Summary, relationships, stay-in-touch cadences and nudges. Owner only: a member reads"
            + " and sets their own; other members and services get 403.")
@APIResponse(responseCode = "400", description = "A malformed id, window, cursor, limit or body")
@APIResponse(responseCode = "403", description = "The caller is not this member (owner only)")
public class InsightResource {

  private final SummaryService summaries;
  private final RelationshipService relationships;
  private final CadenceService cadences;
  private final NudgeService nudges;

  public InsightResource(
      SummaryService summaries,
      RelationshipService relationships,
      CadenceService cadences,
      NudgeService nudges) {
    this.summaries = summaries;
    this.relationships = relationships;
    this.cadences = cadences;
    this.nudges = nudges;
  }

  @GET
  @Path("/activity-summary")
  @Operation(
      operationId = "getActivitySummary",
      summary = "What the member did in a window (owner only)",
      description =
          "Counts per way and per type and kind, hours contributed, distinct people reached, the"
              + " weekly streak and the ways not practised in the window. "
              + Weights.DESCRIPTION)
  @APIResponse(responseCode = "200", description = "The summary")
  public Summary summary(
      @PathParam("id") String id,
      @Parameter(description = "ISO-8601 period up to P1Y, default P30D", example = "P30D")
          @QueryParam("window")
          String window) {
    return summaries.summary(Params.uuid("id", id), window);
  }

  @GET
  @Path("/relationships")
  @Operation(
      operationId = "listRelationships",
      summary = "The member's relationships, strongest first (owner only)",
      description =
          "One item per counterpart of the member's log or of a cadence: interactions, first and"
              + " last, ways, given and received, "
              + Strength.DESCRIPTION
              + " Keyset pagination: pass nextCursor as cursor.")
  @APIResponse(responseCode = "200", description = "One page")
  public RelationshipPage relationships(
      @PathParam("id") String id,
      @QueryParam("cursor") String cursor,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    return relationships.relationships(
        Params.uuid("id", id), cursor, Params.limit("limit", limit, 20, 100));
  }

  @PUT
  @Path("/relationships/{counterpartId}/cadence")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setRelationshipCadence",
      summary = "Stay in touch with someone every N days (owner only)",
      description =
          "Due everyDays after the later of the last logged interaction and now; any interaction"
              + " logged with that person resets it. The counterpart is checked with"
              + " profile-service.")
  @APIResponse(responseCode = "200", description = "The relationship with its cadence")
  @APIResponse(responseCode = "422", description = "The counterpart is not a member")
  @APIResponse(
      responseCode = "503",
      description = "profile-service did not answer in time; nothing was stored",
      headers = @Header(name = "Retry-After", description = "Seconds to wait"))
  public Relationship setCadence(
      @PathParam("id") String id,
      @PathParam("counterpartId") String counterpartId,
      @Valid @NotNull CadenceRequest request) {
    return cadences.setCadence(
        Params.uuid("id", id), Params.uuid("counterpartId", counterpartId), request.everyDays());
  }

  @DELETE
  @Path("/relationships/{counterpartId}/cadence")
  @Operation(
      operationId = "deleteRelationshipCadence",
      summary = "Stop the cadence (owner only)",
      description = "The relationship stays; it no longer becomes due or overdue.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No cadence with this counterpart")
  public void removeCadence(
      @PathParam("id") String id, @PathParam("counterpartId") String counterpartId) {
    cadences.removeCadence(Params.uuid("id", id), Params.uuid("counterpartId", counterpartId));
  }

  @GET
  @Path("/nudges")
  @Operation(
      operationId = "listNudges",
      summary = "Concrete next actions, each with its reason (owner only)",
      description =
          "OVERDUE_CADENCE (a cadence past due), RECONNECT (the strongest FADING relationships),"
              + " GIVE_FIRST (where the member has mostly received), PRACTISE_WAY (a way with no"
              + " activity in 30 days), INSIGHT_OWED (a course studied with companions and no"
              + " INSIGHT in 7 days), ADDRESS_SHARE (a shared article with no recipient),"
              + " CIRCLE_INSIGHT_DUE (a study circle's weekly day has come and no INSIGHT this"
              + " week).")
  @APIResponse(responseCode = "200", description = "The nudges")
  public NudgeList nudges(@PathParam("id") String id) {
    return nudges.nudges(Params.uuid("id", id));
  }
}
