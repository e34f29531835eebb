package dev.rapport.activity.inbox;

import dev.rapport.activity.inbox.InboxViews.InboxItem;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A member's live events, for frontends: what reaches their inbox, as it arrives. */
@Path("/api/v1/members/{id}/events")
@RolesAllowed(Roles.MEMBER)
@Tag(name = "Inbox")
public class InboxEventsResource {

  private final InboxEvents events;

  public InboxEventsResource(InboxEvents events) {
    this.events = events;
  }

  @GET
  @Blocking // the stream's start is read from PostgreSQL; each poll then runs on a worker thread
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      operationId = "streamMemberEvents",
      summary = "New inbox items as they arrive, as server-sent events (owner only)",
      description =
          "Each item that reaches the member's inbox after the stream opened (shares,"
              + " contributions, responses, connection requests received and accepted) is sent as"
              + " an event named inbox-item whose data is the InboxItem as JSON and whose id"
              + " resumes the stream: reconnect with it as Last-Event-ID (a browser's EventSource"
              + " does so by itself) and every item that arrived meanwhile comes first, in commit"
              + " order, none twice. Items arrive within about a second; a comment line every 15 s"
              + " keeps an idle stream open.")
  @APIResponse(
      responseCode = "200",
      description = "The stream; each event's data is an InboxItem",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(implementation = InboxItem.class)))
  @APIResponse(responseCode = "400", description = "A malformed id or Last-Event-ID")
  @APIResponse(responseCode = "403", description = "The caller is not this member (owner only)")
  public Multi<OutboundSseEvent> events(
      @PathParam("id") String id,
      @Parameter(
              in = ParameterIn.HEADER,
              description = "Resume after this event: the id of the last event received")
          @HeaderParam("Last-Event-ID")
          String lastEventId,
      @Context Sse sse) {
    return events.stream(Params.uuid("id", id), lastEventId, sse);
  }
}
