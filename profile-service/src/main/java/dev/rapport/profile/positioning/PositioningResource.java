package dev.rapport.profile.positioning;

import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.audience.Audience;
import dev.rapport.profile.audience.AudienceResolver;
import dev.rapport.profile.positioning.PositioningCoach.Assessment;
import dev.rapport.profile.positioning.PositioningRecords.PositioningRequest;
import dev.rapport.profile.positioning.PositioningRecords.PositioningState;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import dev.rapport.profile.web.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/positioning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Positioning",
    description = "What a member is, why connect with them, what they want; and a coach")
public class PositioningResource {

  private final PositioningService positionings;
  private final AudienceResolver audiences;
  private final Headlines headlines;
  private final Caller caller;

  public PositioningResource(
      PositioningService positionings,
      AudienceResolver audiences,
      Headlines headlines,
      Caller caller) {
    this.positionings = positionings;
    this.audiences = audiences;
    this.headlines = headlines;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "getPositioning",
      summary = "A member's positioning, as the caller may see it",
      description =
          "Sections the caller may not see are null; visibility is shown to the member only.")
  @APIResponse(
      responseCode = "200",
      description = "The positioning",
      headers = @Header(name = "ETag", description = "The version, for If-Match"),
      content = @Content(schema = @Schema(implementation = PositioningView.class)))
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such member")
  public Response get(@PathParam("id") String id) {
    UUID member = Params.uuid("id", id);
    PositioningState state = find(member);
    return Response.ok(state.as(audiences.audienceFor(member)))
        .tag(ETags.of(state.version()))
        .build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "replacePositioning",
      summary = "Replace the member's positioning",
      description =
          "By the member themself, with If-Match set to the ETag of their last read of the"
              + " positioning: 428 without it, 412 when it changed since. Topics, skills, schools"
              + " and organizations are matched in search and suggestions after normalisation"
              + " (Unicode NFKC, case, white space) and shown as written. BECOME_KNOWN_EXPERT"
              + " needs a topic.")
  @APIResponse(
      responseCode = "200",
      description = "The new positioning",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = PositioningView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is too long, an enum value unknown, a list too long")
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response replace(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull PositioningRequest body) {
    UUID member = Params.uuid("id", id);
    caller.requireSelf(member);
    PositioningState state = positionings.replace(member, ifMatch, body);
    return Response.ok(state.as(Audience.OWNER)).tag(ETags.of(state.version())).build();
  }

  @GET
  @Path("/assessment")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "assessPositioning",
      summary = "The positioning coach: a score, the gaps and the next best action",
      description = "For the member themself. " + PositioningCoach.RULES)
  @APIResponse(
      responseCode = "200",
      description = "The assessment",
      content = @Content(schema = @Schema(implementation = Assessment.class)))
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  public Assessment assess(@PathParam("id") String id) {
    UUID member = Params.uuid("id", id);
    caller.requireSelf(member);
    String headline = headlines.headlineOf(member);
    return PositioningCoach.assess(headline, find(member).as(Audience.OWNER));
  }

  private PositioningState find(UUID member) {
    return positionings
        .find(member)
        .orElseThrow(() -> ProblemException.notFound("No member " + member + "."));
  }
}
