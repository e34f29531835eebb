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
@Tag(name = "Courses", description = "The course catalog: public reads, admin writes")
/**
 * Paths are declared per method under {@code /api/v1}: the custom method {@code courses:import}
 * (AIP-136 style) only routes when it shares its class with {@code courses}, because Quarkus REST
 * matches class paths by prefix and would send {@code courses:import} to a class at {@code
 * /courses}.
 */
public class CourseResource {

  private final CourseService catalog;

  public CourseResource(CourseService catalog) {
    this.catalog = catalog;
  }

  @GET
  @Path("/courses")
  @PermitAll
  @Operation(
      operationId = "searchCourses",
      summary = "Search the course catalog",
      description =
          "Public. Without q, courses come by title; with q (full text over title and description,"
              + " plus fuzzy title match), by relevance. Filters combine. Pages with an opaque"
              + " cursor.")
  @APIResponse(responseCode = "200", description = "One page of courses")
  @APIResponse(responseCode = "400", description = "A filter, the limit or the cursor is invalid")
  public CatalogPage<CourseView> search(
      @Parameter(description = "Words to search for", example = "data engineering") @QueryParam("q")
          String q,
      @Parameter(description = "Only courses with this topic", example = "data engineering")
          @QueryParam("topic")
          String topic,
      @Parameter(description = "LINKEDIN_LEARNING, COURSERA, UDEMY, EDX or OTHER")
          @QueryParam("provider")
          String provider,
      @Parameter(description = "BEGINNER, INTERMEDIATE or ADVANCED") @QueryParam("level")
          String level,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    return catalog.search(
        q,
        topic,
        Params.enumValue("provider", provider, Provider.class),
        Params.enumValue("level", level, Level.class),
        cursor,
        Params.limit("limit", limit, 20, 100));
  }

  @GET
  @Path("/courses/{id}")
  @PermitAll
  @Operation(operationId = "getCourse", summary = "A course", description = "Public.")
  @APIResponse(responseCode = "200", description = "The course")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such course")
  public CourseView get(@PathParam("id") String id) {
    return catalog.get(Params.uuid("id", id));
  }

  @POST
  @Path("/courses")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createCourse",
      summary = "Add a course",
      description = "Admins only. Topics and skills are stored in lower case.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the course",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CourseView.class)))
  @APIResponse(responseCode = "400", description = "The course is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "409", description = "A course with this url exists")
  public Response create(
      @Valid @NotNull CourseRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
    CourseView created = catalog.create(request);
    return Created.at(uri, created.id(), created);
  }

  @PUT
  @Path("/courses/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateCourse",
      summary = "Replace a course",
      description = "Admins only.")
  @APIResponse(responseCode = "200", description = "The course as stored")
  @APIResponse(responseCode = "400", description = "The id or the course is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such course")
  @APIResponse(responseCode = "409", description = "Another course has this url")
  public CourseView update(@PathParam("id") String id, @Valid @NotNull CourseRequest request) {
    return catalog.update(Params.uuid("id", id), request);
  }

  @DELETE
  @Path("/courses/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "deleteCourse",
      summary = "Remove a course",
      description = "Admins only.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such course")
  public void delete(@PathParam("id") String id) {
    catalog.delete(Params.uuid("id", id));
  }

  @POST
  @Path("/courses:import")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "importCourses",
      summary = "Create or update courses by url",
      description =
          "Admins only. Each course is matched by its url: new urls are created, known ones"
              + " updated when a field differs, the rest left untouched, so importing the same"
              + " array twice changes nothing. At most 1000 courses; all or none are applied.")
  @APIResponse(responseCode = "200", description = "What the import did")
  @APIResponse(responseCode = "400", description = "A course is invalid or a url repeats")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  public ImportResult importCourses(
      @NotNull @NotEmpty @Size(max = 1000) List<@Valid @NotNull CourseRequest> courses) {
    return catalog.importByUrl(courses);
  }
}
