package dev.rapport.recommendation.catalog;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** A 201 for a catalog item added at the request's path: Location names it, the body shows it. */
final class Created {

  private Created() {}

  static Response at(UriInfo uri, UUID id, Object view) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(view)
        .build();
  }
}
