package dev.rapport.profile.audience;

import dev.rapport.common.security.Caller;
import dev.rapport.profile.connection.ConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How the caller relates to the members they read, which decides the sections they see. Its own
 * package, above connections (which it asks, for the members read only: a hub's other connections
 * are not read) and below the member, positioning and search features (which use it).
 */
@ApplicationScoped
public class AudienceResolver {

  private final ConnectionRepository connections;
  private final Caller caller;

  public AudienceResolver(ConnectionRepository connections, Caller caller) {
    this.connections = connections;
    this.caller = caller;
  }

  /** How the caller relates to {@code member}. */
  @Transactional
  public Audience audienceFor(UUID member) {
    return audiencesFor(List.of(member)).get(member);
  }

  /**
   * How the caller relates to {@code member} when that needs no lookup: a service, an anonymous
   * caller, the member themselves; empty when a member reads someone else.
   */
  public Optional<Audience> withoutLookup(UUID member) {
    if (caller.isService()) {
      return Optional.of(Audience.SERVICE);
    }
    Optional<UUID> me = caller.memberId();
    if (me.isEmpty()) {
      return Optional.of(Audience.ANONYMOUS);
    }
    return me.get().equals(member) ? Optional.of(Audience.OWNER) : Optional.empty();
  }

  /** How the caller relates to each of {@code members}, in one query at most. */
  @Transactional
  public Map<UUID, Audience> audiencesFor(Collection<UUID> members) {
    Map<UUID, Audience> audiences = new HashMap<>();
    List<UUID> others = new ArrayList<>();
    for (UUID m : members) {
      withoutLookup(m).ifPresentOrElse(a -> audiences.put(m, a), () -> others.add(m));
    }
    if (!others.isEmpty()) {
      Set<UUID> connected = connections.acceptedAmong(caller.memberId().orElseThrow(), others);
      others.forEach(
          m -> audiences.put(m, connected.contains(m) ? Audience.CONNECTION : Audience.STRANGER));
    }
    return audiences;
  }
}
