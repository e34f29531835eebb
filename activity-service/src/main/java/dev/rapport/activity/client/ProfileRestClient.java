package dev.rapport.activity.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** profile-service's member endpoints, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "profile-client")
@OidcClientFilter
@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
interface ProfileRestClient {

  @GET
  MemberBatch members(@QueryParam("ids") String commaSeparatedIds);

  /** Only the fields this service reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MemberBatch(List<MemberRef> items) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record MemberRef(UUID id) {}
}
