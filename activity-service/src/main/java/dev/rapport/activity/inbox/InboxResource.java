package dev.rapport.activity.inbox;

import dev.rapport.activity.inbox.InboxViews.InboxItem;
import dev.rapport.activity.inbox.InboxViews.InboxPage;
import dev.rapport.activity.inbox.InboxViews.InboxSummary;
import dev.rapport.activity.inbox.InboxViews.ReadAll;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What other members did that concerns this member. Owner only. */
@Path("/api/v1/members/{id}/inbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
@Tag(
    name = "Inbox",
    description =
        "What reaches a member from others: knowledge shares addressed to them, contributions"
            + " naming them, responses to theirs, connection requests received and accepted."
            + " Owner only: other members and services get 403.")
@APIResponse(responseCode = "400", description = "A malformed id, cursor, limit or flag")
@APIResponse(responseCode = "403", description = "The caller is not this member (owner only)")
public class InboxResource {

  private final InboxService inbox;

  public InboxResource(InboxService inbox) {
    this.inbox = inbox;
  }

  @GET
  @Operation(
      operationId = "listInbox",
      summary = "The member's inbox, newest first (owner only)",
      description =
          "Each item carries its kind, sender (id and display name), arrival time, read state and"
              + " what it is about: the share's title, URL, takeaway and why it matters; the"
              + " contribution; the response; the connection. A share or contribution reaches"
              + " the members it is addressed to whatever its visibility; re-addressing or"
              + " deleting it takes it out again. Keyset pagination: pass nextCursor as cursor.")
  @APIResponse(responseCode = "200", description = "One page")
  public InboxPage list(
      @PathParam("id") String id,
      @QueryParam("cursor") String cursor,
      @Parameter(
              description = "true: only unread items; default false",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("unread")
          String unread,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    return inbox.page(
        Params.uuid("id", id),
        Params.flag("unread", unread),
        cursor,
        Params.limit("limit", limit, 20, 100));
  }

  @GET
  @Path("/summary")
  @Operation(
      operationId = "getInboxSummary",
      summary = "Unread counts, in all and per kind (owner only)",
      description = "For a badge: every kind is present, 0 when it has no unread item.")
  @APIResponse(responseCode = "200", description = "The counts")
  public InboxSummary summary(@PathParam("id") String id) {
    return inbox.summary(Params.uuid("id", id));
  }

  @POST
  @Path("/{itemId}/read")
  @Operation(
      operationId = "markInboxItemRead",
      summary = "Mark one item read (owner only)",
      description = "Idempotent: an item read before keeps its first readAt.")
  @APIResponse(responseCode = "200", description = "The item, read")
  @APIResponse(responseCode = "404", description = "No such item in this member's inbox")
  public InboxItem markRead(@PathParam("id") String id, @PathParam("itemId") String itemId) {
    return inbox.markRead(Params.uuid("id", id), Params.uuid("itemId", itemId));
  }

  @POST
  @Path("/read")
  @Operation(operationId = "markInboxRead", summary = "Mark every unread item read (owner only)")
  @APIResponse(responseCode = "200", description = "How many were marked")
  public ReadAll markAllRead(@PathParam("id") String id) {
    return new ReadAll(inbox.markAllRead(Params.uuid("id", id)));
  }
}
