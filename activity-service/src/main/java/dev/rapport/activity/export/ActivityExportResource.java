package dev.rapport.activity.export;

import dev.rapport.activity.circle.CircleService;
import dev.rapport.activity.inbox.InboxService;
import dev.rapport.activity.insight.CadenceService;
import dev.rapport.activity.log.ActivityService;
import dev.rapport.activity.response.ResponseService;
import dev.rapport.activity.webhook.WebhookService;
import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.common.security.Scopes;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/activity-export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member data", description = "What activity-service holds about a member")
public class ActivityExportResource {

  private final ActivityService activities;
  private final CadenceService cadences;
  private final ResponseService responses;
  private final InboxService inbox;
  private final CircleService circles;
  private final WebhookService webhooks;
  private final Caller caller;
  private final Clock clock;

  public ActivityExportResource(
      ActivityService activities,
      CadenceService cadences,
      ResponseService responses,
      InboxService inbox,
      CircleService circles,
      WebhookService webhooks,
      Caller caller,
      Clock clock) {
    this.activities = activities;
    this.cadences = cadences;
    this.responses = responses;
    this.inbox = inbox;
    this.circles = circles;
    this.webhooks = webhooks;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.MEMBER, Scopes.MEMBER_DATA_EXPORT})
  @Operation(
      operationId = "exportMemberActivityData",
      summary = "Everything activity-service holds about a member",
      description =
          "The member's activities (every visibility), cadences, the responses they wrote, their"
              + " inbox, study circles and webhooks (without secrets), for the member's export."
              + " Callers: the member themselves, or a service token with scope"
              + " member-data.export (profile-service gathers GET /api/v1/members/{id}/export"
              + " with it). Other members' activities that name the member are theirs and not"
              + " included.")
  @APIResponse(responseCode = "200", description = "The member's data")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(
      responseCode = "403",
      description = "Another member's data, or a service token without member-data.export")
  public ActivityExport export(@PathParam("id") String id) {
    UUID member = Params.uuid("id", id);
    if (!caller.isService()) {
      caller.requireSelf(member);
    }
    return new ActivityExport(
        member,
        clock.instant(),
        activities.export(member),
        cadences.exportCadences(member),
        responses.export(member),
        inbox.export(member),
        circles.export(member).items(),
        webhooks.export(member).items());
  }
}
