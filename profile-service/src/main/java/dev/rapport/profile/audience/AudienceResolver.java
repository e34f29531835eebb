package dev.rapport.profile.audience;

import dev.rapport.common.security.Caller;
import dev.rapport.profile.connection.ConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

  /** How the caller relates to each of {@code members}, in one query. */
  @Transactional
  public Map<UUID, Audience> audiencesFor(Collection<UUID> members) {
    Map<UUID, Audience> audiences = new HashMap<>();
    if (caller.isService()) {
      members.forEach(m -> audiences.put(m, Audience.SERVICE));
      return audiences;
    }
    Optional<UUID> me = caller.memberId();
    if (me.isEmpty()) {
      members.forEach(m -> audiences.put(m, Audience.ANONYMOUS));
      return audiences;
    }
    // the member's own profile needs no connection lookup (an owner read costs no extra query)
    List<UUID> others = members.stream().filter(m -> !m.equals(me.get())).toList();
    Set<UUID> connected = others.isEmpty() ? Set.of() : connections.acceptedAmong(me.get(), others);
    for (UUID m : members) {
      audiences.put(
          m,
          m.equals(me.get())
              ? Audience.OWNER
              : connected.contains(m) ? Audience.CONNECTION : Audience.STRANGER);
    }
    return audiences;
  }
}
