package dev.rapport.profile.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The export endpoints of the other two services, called with profile-service's own token. */
final class ExportClients {

  private ExportClients() {}

  @RegisterRestClient(configKey = "activity-export")
  @Path("/api/v1/members")
  @Produces(MediaType.APPLICATION_JSON)
  interface Activity {
    @GET
    @Path("/{id}/activity-export")
    Map<String, Object> export(
        @PathParam("id") UUID memberId, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
  }

  @RegisterRestClient(configKey = "recommendation-export")
  @Path("/api/v1/members")
  @Produces(MediaType.APPLICATION_JSON)
  interface Recommendation {
    @GET
    @Path("/{id}/recommendation-export")
    Map<String, Object> export(
        @PathParam("id") UUID memberId, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
  }
}
