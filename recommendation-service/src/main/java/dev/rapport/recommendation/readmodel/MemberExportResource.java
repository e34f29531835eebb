package dev.rapport.recommendation.readmodel;

import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.common.security.Scopes;
import dev.rapport.common.web.Params;
import dev.rapport.common.web.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/recommendation-export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member data", description = "What recommendation-service holds about a member")
public class MemberExportResource {

  private final ReadModelService readModel;
  private final Caller caller;
  private final SecurityIdentity identity;

  public MemberExportResource(
      ReadModelService readModel, Caller caller, SecurityIdentity identity) {
    this.readModel = readModel;
    this.caller = caller;
    this.identity = identity;
  }

  @GET
  @RolesAllowed({Roles.MEMBER, Scopes.MEMBER_DATA_EXPORT})
  @Operation(
      operationId = "exportMemberRecommendationData",
      summary = "Everything recommendation-service holds about a member",
      description =
          "The member themselves, or a service token with scope member-data.export (profile-service"
              + " gathering the member's export). Answers for any id: a member the read model"
              + " does not know (or an erased one) gets null member and positioning and empty"
              + " lists.")
  @APIResponse(responseCode = "200", description = "The member's data")
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(
      responseCode = "403",
      description = "Neither the member nor a service with scope member-data.export")
  public MemberExport export(@PathParam("id") String id) {
    UUID member = Params.uuid("id", id);
    boolean self = caller.memberId().map(member::equals).orElse(false);
    if (!self && !identity.hasRole(Scopes.MEMBER_DATA_EXPORT)) {
      throw ProblemException.forbidden("Only member " + member + " may read this export.");
    }
    return readModel.export(member);
  }
}
