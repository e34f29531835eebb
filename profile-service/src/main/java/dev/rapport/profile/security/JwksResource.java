package dev.rapport.profile.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/.well-known/jwks.json")
@Tag(name = "Accounts")
public class JwksResource {

  private final SigningKeys keys;

  public JwksResource(SigningKeys keys) {
    this.keys = keys;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getJwks",
      summary = "Public keys that verify Rapport tokens",
      description =
          "The JWK Set of the RS256 keys that sign every Rapport access token. All three services"
              + " verify tokens against it; so can any client.")
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(keys.jwks()).cacheControl(cache).build();
  }
}
