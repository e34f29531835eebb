package dev.rapport.recommendation.client;

import dev.rapport.common.changefeed.FeedPage;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** profile-service, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "profile-client")
@OidcClientFilter
@Path("/api/v1")
interface ProfileRestClient {

  @GET
  @Path("/member-changes")
  FeedPage memberChanges(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
