package dev.rapport.recommendation.catalog;

import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Discussions",
    description = "Discussion groups, threads and events: public reads, admin writes")
/**
 * Paths are declared per method under {@code /api/v1}: the custom method {@code discussions:import}
 * (AIP-136 style) only routes when it shares its class with {@code discussions}, because Quarkus
 * REST matches class paths by prefix and would send {@code discussions:import} to a class at {@code
 * /discussions}.
 */
public class DiscussionResource {

  private final DiscussionService catalog;

  public DiscussionResource(DiscussionService catalog) {
    this.catalog = catalog;
  }

  @GET
  @Path("/discussions")
  @PermitAll
  @Operation(
      operationId = "searchDiscussions",
      summary = "Search the discussions",
      description =
          "Public. Without q, discussions come by title; with q (full text over title and description,"
              + " plus fuzzy title match), by relevance. Filters combine. Pages with an opaque"
              + " cursor.")
  @APIResponse(responseCode = "200", description = "One page of discussions")
  @APIResponse(responseCode = "400", description = "A filter, the limit or the cursor is invalid")
  public CatalogPage<DiscussionView> search(
      @Parameter(description = "Words to search for", example = "alumni technology")
          @QueryParam("q")
          String q,
      @Parameter(description = "Only discussions with this topic", example = "data engineering")
          @QueryParam("topic")
          String topic,
      @Parameter(description = "GROUP, THREAD or EVENT") @QueryParam("kind") String kind,
      @Parameter(description = "ALUMNI, DISCIPLINE, TECHNOLOGY, INDUSTRY, LANGUAGE, HOBBY or OTHER")
          @QueryParam("community")
          String community,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    return catalog.search(
        q,
        topic,
        Params.enumValue("kind", kind, DiscussionKind.class),
        Params.enumValue("community", community, Community.class),
        cursor,
        Params.limit("limit", limit, 20, 100));
  }

  @GET
  @Path("/discussions/{id}")
  @PermitAll
  @Operation(operationId = "getDiscussion", summary = "A discussion", description = "Public.")
  @APIResponse(responseCode = "200", description = "The discussion")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such discussion")
  public DiscussionView get(@PathParam("id") String id) {
    return catalog.get(Params.uuid("id", id));
  }

  @POST
  @Path("/discussions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createDiscussion",
      summary = "Add a discussion",
      description = "Admins only. Topics are stored in lower case.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the discussion",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DiscussionView.class)))
  @APIResponse(responseCode = "400", description = "The discussion is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "409", description = "A discussion with this url exists")
  public Response create(
      @Valid @NotNull DiscussionRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
    DiscussionView created = catalog.create(request);
    return Created.at(uri, created.id(), created);
  }

  @PUT
  @Path("/discussions/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateDiscussion",
      summary = "Replace a discussion",
      description = "Admins only.")
  @APIResponse(responseCode = "200", description = "The discussion as stored")
  @APIResponse(responseCode = "400", description = "The id or the discussion is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such discussion")
  @APIResponse(responseCode = "409", description = "Another discussion has this url")
  public DiscussionView update(
      @PathParam("id") String id, @Valid @NotNull DiscussionRequest request) {
    return catalog.update(Params.uuid("id", id), request);
  }

  @DELETE
  @Path("/discussions/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "deleteDiscussion",
      summary = "Remove a discussion",
      description = "Admins only.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such discussion")
  public void delete(@PathParam("id") String id) {
    catalog.delete(Params.uuid("id", id));
  }

  @POST
  @Path("/discussions:import")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "importDiscussions",
      summary = "Create or update discussions by url",
      description =
          "Admins only. Each discussion is matched by its url: new urls are created, known ones"
              + " updated when a field differs, the rest left untouched, so importing the same"
              + " array twice changes nothing. At most 1000 discussions; all or none are applied.")
  @APIResponse(responseCode = "200", description = "What the import did")
  @APIResponse(responseCode = "400", description = "A discussion is invalid or a url repeats")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  public ImportResult importDiscussions(
      @NotNull @NotEmpty @Size(max = 1000) List<@Valid @NotNull DiscussionRequest> discussions) {
    return catalog.importByUrl(discussions);
  }
}
