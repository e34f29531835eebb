package dev.rapport.profile.connection;

import dev.rapport.common.security.Caller;
import dev.rapport.common.web.OpaqueCursors;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.change.ChangeFeed;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionData;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionPage;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionRequest;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionView;
import dev.rapport.profile.connection.ConnectionRecords.Context;
import dev.rapport.profile.connection.ConnectionRecords.Status;
import dev.rapport.profile.web.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConnectionService {

  private static final String KIND = "cn1";

  private final ConnectionRepository connections;
  private final ChangeFeed changes;
  private final Caller caller;
  private final Clock clock;

  public ConnectionService(
      ConnectionRepository connections, ChangeFeed changes, Caller caller, Clock clock) {
    this.connections = connections;
    this.changes = changes;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public ConnectionView request(UUID requester, ConnectionRequest request) {
    caller.requireSelf(requester);
    UUID addressee = request.memberId();
    if (addressee.equals(requester)) {
      throw ProblemException.invalid("memberId", "must be another member than yourself");
    }
    if (!connections.memberExists(addressee)) {
      throw ProblemException.notFound("No member " + addressee + ".");
    }
    connections
        .between(requester, addressee)
        .ifPresent(
            existing -> {
              throw ProblemException.conflict(
                  "You and member "
                      + addressee
                      + " already have a connection ("
                      + existing.id
                      + ", "
                      + existing.status
                      + ").");
            });
    Connection c = new Connection();
    c.id = UUID.randomUUID();
    c.requesterId = requester;
    c.addresseeId = addressee;
    c.status = Status.PENDING;
    c.context = request.context();
    c.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    c.createdAt = clock.instant();
    c.updatedAt = c.createdAt;
    // flush now, so a crossing request of the other member fails here on the pair's unique index
    connections.persistAndFlush(c);
    changed(c);
    return ConnectionView.of(c, requester);
  }

  @Transactional
  public ConnectionView answer(UUID member, UUID connectionId, boolean accept) {
    caller.requireSelf(member);
    Connection c = involving(member, connectionId);
    if (!c.addresseeId.equals(member)) {
      throw ProblemException.forbidden(
          "Only the member asked to connect ("
              + c.addresseeId
              + ") may "
              + (accept ? "accept" : "decline")
              + " this request.");
    }
    if (c.status != Status.PENDING) {
      throw ProblemException.conflict("This request was already answered (" + c.status + ").");
    }
    c.status = accept ? Status.ACCEPTED : Status.DECLINED;
    c.updatedAt = clock.instant();
    connections.flush();
    changed(c);
    return ConnectionView.of(c, member);
  }

  @Transactional
  public void remove(UUID member, UUID connectionId) {
    caller.requireSelf(member);
    Connection c = involving(member, connectionId);
    connections.delete(c);
    changes.record(ChangeEntity.CONNECTION, c.id, c.requesterId, Operation.DELETE, null);
  }

  @Transactional
  public ConnectionView get(UUID member, UUID connectionId) {
    requireSelfOrService(member);
    return ConnectionView.of(involving(member, connectionId), member);
  }

  @Transactional
  public ConnectionPage list(
      UUID member, Status status, Context context, String cursor, int limit) {
    requireSelfOrService(member);
    UUID after = null;
    if (cursor != null && !cursor.isBlank()) {
      try {
        after = UUID.fromString(Cursors.decode("cursor", cursor, KIND, 1).get(0));
      } catch (IllegalArgumentException e) {
        throw OpaqueCursors.invalid("cursor");
      }
    }
    List<Connection> page = connections.page(member, status, context, after, limit + 1);
    boolean more = page.size() > limit;
    List<ConnectionView> items =
        page.stream().limit(limit).map(c -> ConnectionView.of(c, member)).toList();
    String next = more ? Cursors.encode(KIND, items.get(items.size() - 1).id().toString()) : null;
    return new ConnectionPage(items, next);
  }

  @Transactional
  public List<UUID> acceptedIds(UUID member) {
    requireSelfOrService(member);
    if (!connections.memberExists(member)) {
      throw ProblemException.notFound("No member " + member + ".");
    }
    return connections.acceptedIds(member);
  }

  /** Every connection of the member, whatever its status (for the member's export). */
  @Transactional
  public List<ConnectionView> allViewsOf(UUID member) {
    return connections.allOf(member).stream().map(c -> ConnectionView.of(c, member)).toList();
  }

  /** Erases every connection of a member, announcing each; joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void eraseAllOf(UUID member) {
    for (Connection c : connections.allOf(member)) {
      connections.delete(c);
      changes.record(ChangeEntity.CONNECTION, c.id, c.requesterId, Operation.DELETE, null);
    }
  }

  private void requireSelfOrService(UUID member) {
    if (!caller.isService()) {
      caller.requireSelf(member);
    }
  }

  private Connection involving(UUID member, UUID connectionId) {
    return connections
        .findByIdOptional(connectionId)
        .filter(c -> c.involves(member))
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "Member " + member + " has no connection " + connectionId + "."));
  }

  private void changed(Connection c) {
    changes.record(
        ChangeEntity.CONNECTION, c.id, c.requesterId, Operation.UPSERT, ConnectionData.of(c));
  }
}
