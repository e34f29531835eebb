package dev.rapport.activity.client;

import dev.rapport.common.changefeed.FeedPage;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * profile-service's member-changes feed, with its own client settings: a page of 5 000 changes
 * takes longer than the member check's 2 s read timeout allows.
 */
@RegisterRestClient(configKey = "profile-feed-client")
@OidcClientFilter
@Path("/api/v1/member-changes")
@Produces(MediaType.APPLICATION_JSON)
interface ProfileFeedRestClient {

  @GET
  FeedPage memberChanges(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
