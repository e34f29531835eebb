package dev.rapport.profile.changefeed;

import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.profile.changefeed.FeedRecords.ChangePage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/member-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Changes of members, positionings and connections")
public class ChangeResource {

  private final MemberChangeFeed feed;

  public ChangeResource(MemberChangeFeed feed) {
    this.feed = feed;
  }

  @GET
  @RolesAllowed(Roles.SERVICE)
  @Operation(
      operationId = "listMemberChanges",
      summary = "Members, positionings and connections created, changed or erased since a cursor",
      description =
          "For Rapport's own services (token in group service) keeping read models. Changes come"
              + " in commit-safe order: a change is listed only once every transaction that could"
              + " still write an earlier one has finished, so resuming from the last cursor"
              + " processed never skips a change committed late. An erased member appears as a"
              + " MEMBER DELETE, then a CONNECTION DELETE per connection; erase your copies and"
              + " remember the id. Every earlier change about an erased member is redacted: its"
              + " data is null (skip such entries). Start without after; limit 1..5000, default"
              + " 100.")
  @APIResponse(responseCode = "200", description = "The next changes, oldest first")
  @APIResponse(
      responseCode = "400",
      description = "after is not a cursor of this feed, or limit is out of range")
  @APIResponse(responseCode = "403", description = "The token is not a service token")
  public ChangePage list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
    return feed.read(after, Params.limit("limit", Params.integer("limit", limit), 100, 5000));
  }
}
