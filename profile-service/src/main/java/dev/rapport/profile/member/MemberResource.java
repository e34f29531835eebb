package dev.rapport.profile.member;

import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.member.MemberRecords.MemberPage;
import dev.rapport.profile.member.MemberRecords.MemberPatch;
import dev.rapport.profile.member.MemberRecords.MemberProfile;
import dev.rapport.profile.member.MemberSearch.SearchQuery;
import dev.rapport.profile.web.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Members: profile, search, batch read and erasure")
public class MemberResource {

  static final String MERGE_PATCH = "application/merge-patch+json";
  static final int MAX_IDS = 200;

  private final MemberService members;
  private final MemberReads reads;
  private final MemberSearch search;
  private final Caller caller;

  public MemberResource(
      MemberService members, MemberReads reads, MemberSearch search, Caller caller) {
    this.members = members;
    this.reads = reads;
    this.search = search;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listMembers",
      summary = "Batch read by ids, or search members",
      description =
          "With ids (comma-separated and/or repeated, at most 200): the members that exist among"
              + " them, in the order asked, unknown ids left out, each as the caller may see them"
              + " (a service token sees every section); for services, so that no caller loops one"
              + " request per member. Without ids: search. q is full-text over the name, headline"
              + " and every section the caller may see (anonymous callers and strangers: public"
              + " sections only; connections also CONNECTIONS sections), with fuzzy matching of"
              + " names; skill, interest, organization, school and goal are exact facets after"
              + " normalisation (Unicode NFKC, case, white space), each matched only in a section"
              + " the caller may see; all given filters must hold. Results by relevance when q is"
              + " given, else by id; limit 1..100 (default 20); nextCursor pages on without"
              + " duplicates or gaps when members are added meanwhile.")
  @APIResponse(
      responseCode = "200",
      description = "Members as the caller may see them",
      content = @Content(schema = @Schema(implementation = MemberPage.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "An id is not a UUID, more than 200 ids, ids mixed with search parameters, an unknown"
              + " goal, a parameter too long, a bad limit or a cursor that is not ours")
  public MemberPage list(
      @Parameter(description = "Member ids, comma-separated or repeated (at most 200)")
          @QueryParam("ids")
          List<String> ids,
      @Parameter(description = "Words to search for", example = "machine learning") @QueryParam("q")
          String q,
      @Parameter(example = "Python") @QueryParam("skill") String skill,
      @Parameter(example = "Climate tech") @QueryParam("interest") String interest,
      @Parameter(example = "Acme Analytics") @QueryParam("organization") String organization,
      @Parameter(example = "MIT") @QueryParam("school") String school,
      @Parameter(
              description =
                  "EXPAND_PEER_NETWORK, FIND_CLIENTS, FIND_JOB, BECOME_KNOWN_EXPERT or RECONNECT",
              example = "FIND_CLIENTS")
          @QueryParam("goal")
          String goal,
      @Parameter(description = "1..100, default 20", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    if (ids != null && !ids.isEmpty()) {
      if (q != null
          || skill != null
          || interest != null
          || organization != null
          || school != null
          || goal != null
          || cursor != null) {
        throw ProblemException.invalid("ids", "cannot be combined with search parameters");
      }
      return new MemberPage(members.profiles(parseIds(ids)), null);
    }
    return search.search(
        new SearchQuery(
            q,
            skill,
            interest,
            organization,
            school,
            goal,
            Params.limit("limit", Params.integer("limit", limit), 20, 100),
            cursor));
  }

  static List<UUID> parseIds(List<String> values) {
    List<UUID> ids = new ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        ids.add(Params.uuid("ids", part));
        if (ids.size() > MAX_IDS) {
          throw ProblemException.invalid("ids", "at most " + MAX_IDS + " ids per request");
        }
      }
    }
    return ids;
  }

  @GET
  @Path("/me")
  @RolesAllowed(Roles.MEMBER)
  @Operation(operationId = "getMe", summary = "The calling member, with every section")
  @APIResponse(
      responseCode = "200",
      description = "The calling member",
      headers = @Header(name = "ETag", description = "The version, for If-Match"),
      content = @Content(schema = @Schema(implementation = MemberProfile.class)))
  @APIResponse(responseCode = "403", description = "The token is not a member's")
  public Response me() {
    return versioned(reads.get(caller.requireMember()));
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getMember",
      summary = "A member, as the caller may see them",
      description =
          "Anonymous callers and strangers see public sections, accepted connections also"
              + " CONNECTIONS sections, the member everything. Sections the caller may not see are"
              + " null.")
  @APIResponse(
      responseCode = "200",
      description = "The member",
      headers = @Header(name = "ETag", description = "The version, for If-Match"),
      content = @Content(schema = @Schema(implementation = MemberProfile.class)))
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such member")
  public Response get(@PathParam("id") String id) {
    return versioned(reads.get(Params.uuid("id", id)));
  }

  @PATCH
  @Path("/{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "updateMember",
      summary = "Change the member's name, headline, location, time zone or avatar",
      description =
          "A JSON merge patch (RFC 7386) sent as application/merge-patch+json, by the member"
              + " themself, with If-Match set to the ETag of their last read: 428 without it, 412"
              + " when someone changed the member since. Answers with the new ETag.")
  @RequestBody(
      content =
          @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = MemberPatch.class)))
  @APIResponse(
      responseCode = "200",
      description = "The updated member",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = MemberProfile.class)))
  @APIResponse(responseCode = "400", description = "A field is unknown, too long or invalid")
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  @APIResponse(responseCode = "404", description = "No such member")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response patch(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    return versioned(members.patch(Params.uuid("id", id), ifMatch, body));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "deleteMember",
      summary = "Erase a member: account, profile, positioning and connections",
      description =
          "By the member themself or an administrator. If-Match is optional here; when sent, a"
              + " stale one is a 412. The erasure is published on the change feed so other"
              + " services erase their copies.")
  @APIResponse(responseCode = "204", description = "Erased")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "403", description = "Neither this member nor an administrator")
  @APIResponse(responseCode = "404", description = "No such member")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public void delete(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    members.erase(Params.uuid("id", id), ifMatch);
  }

  private static Response versioned(MemberService.Versioned member) {
    return Response.ok(member.profile()).tag(ETags.of(member.version())).build();
  }
}
