package dev.rapport.bench.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/** GET by id and nothing else: what the framework and the ORM cost on their own. */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

  public record MemberView(
      UUID id,
      String displayName,
      String headline,
      String location,
      Instant createdAt,
      Instant updatedAt) {}

  private final MemberRepository members;

  public MemberResource(MemberRepository members) {
    this.members = members;
  }

  @GET
  @Path("/{id}")
  public MemberView get(@PathParam("id") UUID id) {
    Member m = members.findByIdOptional(id).orElseThrow(NotFoundException::new);
    return new MemberView(m.id, m.displayName, m.headline, m.location, m.createdAt, m.updatedAt);
  }
}
