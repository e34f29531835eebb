package dev.rapport.profile.search;

import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.profile.search.SuggestionService.Suggestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/connections/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Connections")
public class SuggestionResource {

  private final SuggestionService suggestions;

  public SuggestionResource(SuggestionService suggestions) {
    this.suggestions = suggestions;
  }

  @GET
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "suggestConnections",
      summary = "People the member could connect with, each with the reasons",
      description = "For the member themself; limit 1..50, default 10. " + SuggestionService.RULES)
  @APIResponse(
      responseCode = "200",
      description = "Suggestions, best first",
      content = @Content(schema = @Schema(implementation = Suggestions.class)))
  @APIResponse(responseCode = "400", description = "The id is not a UUID or limit is out of range")
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  public Suggestions suggest(@PathParam("id") String id, @QueryParam("limit") String limit) {
    return suggestions.suggest(
        Params.uuid("id", id), Params.limit("limit", Params.integer("limit", limit), 10, 50));
  }
}
