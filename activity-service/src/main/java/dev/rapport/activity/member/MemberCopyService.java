package dev.rapport.activity.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.activity.client.ConnectionData;
import dev.rapport.activity.client.ProfileClient;
import dev.rapport.activity.member.MemberCopyRepository.Position;
import dev.rapport.common.changefeed.FeedPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * activity-service's copy of who is a member and who is connected to whom, applied from
 * profile-service's member-changes feed. Reads and visibility checks ask this copy, never
 * profile-service.
 */
@ApplicationScoped
public class MemberCopyService {

  static final String FEED = "member-changes";
  private static final Logger LOG = Logger.getLogger(MemberCopyService.class);

  private final MemberCopyRepository copy;
  private final ProfileClient profile;
  private final Event<MemberErased> erasures;
  private final Event<ConnectionChanged> connectionEvents;
  private final ObjectMapper json;
  private final Clock clock;

  public MemberCopyService(
      MemberCopyRepository copy,
      ProfileClient profile,
      Event<MemberErased> erasures,
      Event<ConnectionChanged> connectionEvents,
      ObjectMapper json,
      Clock clock) {
    this.copy = copy;
    this.erasures = erasures;
    this.connectionEvents = connectionEvents;
    this.profile = profile;
    this.json = json;
    this.clock = clock;
  }

  /** Whether {@code viewer} has an accepted connection with {@code owner}. */
  public boolean connected(UUID viewer, UUID owner) {
    return !viewer.equals(owner) && copy.connected(viewer, owner);
  }

  /** The ids among {@code others} that {@code member} has an accepted connection with. */
  public Set<UUID> connectedAmong(UUID member, Collection<UUID> others) {
    return copy.connectedAmong(member, others);
  }

  /**
   * The ids among {@code ids} that are members: those the local copy knows, plus those
   * profile-service confirms in one batch call for the rest (members registered a moment ago, whose
   * MEMBER change the follower has not read yet). Confirmed ids are remembered at once. Throws 503
   * when that call is needed and profile-service does not answer.
   */
  public Set<UUID> existing(Collection<UUID> ids) {
    Set<UUID> found = new HashSet<>(copy.knownAmong(ids));
    Set<UUID> rest = new LinkedHashSet<>(ids);
    rest.removeAll(found);
    rest.removeAll(copy.erasedAmong(rest));
    if (!rest.isEmpty()) {
      Set<UUID> confirmed = profile.existingMembers(rest);
      if (!confirmed.isEmpty()) {
        QuarkusTransaction.joiningExisting().run(() -> remember(confirmed));
      }
      found.addAll(confirmed);
    }
    return found;
  }

  private void remember(Collection<UUID> members) {
    Instant now = clock.instant();
    members.forEach(m -> copy.upsertMember(m, null, now));
  }

  public Optional<Position> position() {
    return copy.position(FEED);
  }

  /**
   * Applies one page and moves the cursor past it, in one transaction. When another replica moved
   * the cursor meanwhile, the page is not applied again.
   */
  @Transactional
  public Position apply(FeedPage page, String cursorBefore, boolean caughtUp) {
    Instant now = clock.instant();
    if (!java.util.Objects.equals(copy.lockCursor(FEED).orElse(null), cursorBefore)) {
      return copy.position(FEED).orElseThrow();
    }
    Position before = copy.position(FEED).orElse(null);
    long applied = before == null ? 0 : before.applied();
    Instant lastChangeAt = before == null ? null : before.lastChangeAt();
    if (page.changes() != null) {
      for (FeedPage.Change change : page.changes()) {
        applyChange(change, now);
        applied++;
        if (change.changedAt() != null) {
          lastChangeAt = change.changedAt();
        }
      }
    }
    String cursor = page.nextCursor() != null ? page.nextCursor() : cursorBefore;
    Position after = new Position(cursor, caughtUp, applied, lastChangeAt, now, now, null);
    copy.savePosition(FEED, after);
    return after;
  }

  @Transactional
  public Position recordFailure(String error) {
    Instant now = clock.instant();
    Position before =
        copy.position(FEED).orElse(new Position(null, false, 0, null, null, null, null));
    Position after =
        new Position(
            before.cursor(),
            false,
            before.applied(),
            before.lastChangeAt(),
            before.lastSuccessAt(),
            now,
            error);
    copy.savePosition(FEED, after);
    return after;
  }

  private void applyChange(FeedPage.Change change, Instant now) {
    if (change.entityId() == null) {
      return;
    }
    switch (MemberChangeKind.of(change.entity())) {
      case MEMBER -> {
        if (change.isDelete()) {
          erase(change.entityId(), now);
        } else if (copy.erasedAmong(Set.of(change.entityId())).isEmpty()) {
          copy.upsertMember(change.entityId(), displayName(change), now);
        }
      }
      case CONNECTION -> {
        ConnectionData data = change.isDelete() ? null : read(change);
        // between two members neither of whom was erased: the one check both uses below need
        boolean between =
            data != null
                && data.requesterId() != null
                && data.addresseeId() != null
                && copy.erasedAmong(Set.of(data.requesterId(), data.addresseeId())).isEmpty();
        if (between && data.accepted()) {
          copy.connect(change.entityId(), data.requesterId(), data.addresseeId());
        } else {
          copy.disconnect(change.entityId());
        }
        announce(change, between ? data : null);
      }
      case OTHER -> {
        // positionings and the rest: nothing this service keeps
      }
    }
  }

  /**
   * Erasure: the id is remembered (so no later or replayed change brings the member back and their
   * tokens are refused), the member leaves the copy, and every feature removes what it holds about
   * them in this same transaction ({@link MemberErased}). Applied once; a replayed DELETE is a
   * no-op.
   */
  private void erase(UUID member, Instant now) {
    if (!copy.markErased(member, now)) {
      return;
    }
    copy.deleteMember(member);
    erasures.fire(new MemberErased(member, now));
  }

  /**
   * Tells the features about a connection change, as the feed dates it: with its members and
   * status, or, for a DELETE or a change naming an erased member, as a removal.
   */
  private void announce(FeedPage.Change change, ConnectionData between) {
    Instant at = change.changedAt() != null ? change.changedAt() : clock.instant();
    connectionEvents.fire(
        between == null
            ? new ConnectionChanged(change.entityId(), null, null, null, at)
            : new ConnectionChanged(
                change.entityId(),
                between.requesterId(),
                between.addresseeId(),
                between.status(),
                at));
  }

  private static String displayName(FeedPage.Change change) {
    if (change.data() == null || !change.data().hasNonNull("displayName")) {
      return null;
    }
    return change.data().get("displayName").asText();
  }

  private ConnectionData read(FeedPage.Change change) {
    if (change.data() == null || change.data().isNull()) {
      return null;
    }
    try {
      return json.treeToValue(change.data(), ConnectionData.class);
    } catch (JsonProcessingException e) {
      // One unreadable change must not stop the feed; it is logged and skipped.
      LOG.warnf("Skipping unreadable connection change %s: %s", change.entityId(), e.getMessage());
      return null;
    }
  }
}
