package dev.rapport.recommendation.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.changefeed.FeedPage;
import dev.rapport.recommendation.client.ActivityData;
import dev.rapport.recommendation.client.ConnectionData;
import dev.rapport.recommendation.client.MemberProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies change-feed pages to the read model. A page and the cursor after it commit together, so a
 * crash replays at most the page in flight, and replaying a change is harmless: every change is
 * applied as an upsert or a delete of the entity it names.
 */
@ApplicationScoped
public class ReadModelService {

  private static final Logger LOG = Logger.getLogger(ReadModelService.class);

  private final MemberRepository members;
  private final EngagementService engagements;
  private final EngagementRepository engagementRows;
  private final FeedStateRepository feeds;
  private final JsonRows rows;
  private final ObjectMapper json;
  private final Clock clock;

  public ReadModelService(
      MemberRepository members,
      EngagementService engagements,
      EngagementRepository engagementRows,
      FeedStateRepository feeds,
      JsonRows rows,
      ObjectMapper json,
      Clock clock) {
    this.members = members;
    this.engagements = engagements;
    this.engagementRows = engagementRows;
    this.feeds = feeds;
    this.rows = rows;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public Optional<String> cursor(Feed feed) {
    return feeds.cursor(feed);
  }

  @Transactional
  public FeedStatus status(Feed feed) {
    return feeds.state(feed);
  }

  /**
   * Applies one page and stores the cursor after it, with whether the feed's end was reached. The
   * page is applied set-based: the latest state of each entity it names, in a few multi-row
   * statements, which leaves the read model as applying the changes one by one would.
   */
  @Transactional
  public void apply(Feed feed, FeedPage page, String previousCursor, boolean caughtUp) {
    Instant now = clock.instant();
    List<FeedPage.Change> changes = page.changes() == null ? List.of() : page.changes();
    switch (feed) {
      case MEMBER_CHANGES -> applyMemberChanges(changes, now);
      case ACTIVITY_CHANGES -> applyActivityChanges(changes, now);
    }
    Instant lastChangeAt = changes.isEmpty() ? null : changes.get(changes.size() - 1).changedAt();
    String next = page.nextCursor();
    if (next == null && !changes.isEmpty()) {
      next = changes.get(changes.size() - 1).cursor();
    }
    if (next == null) {
      next = previousCursor;
    }
    feeds.recordSuccess(feed, next, changes.size(), lastChangeAt, caughtUp, now);
  }

  /** Stores a member's feedback on an item; dismissals hide it, clicks and takes count. */
  @Transactional
  public void recordFeedback(UUID member, ItemType itemType, UUID item, FeedbackAction action) {
    engagements.recordFeedback(member, itemType, item, action, clock.instant());
  }

  /** The member's positioning as the read model last saw it. */
  @Transactional
  public Optional<MemberProfile.Positioning> storedPositioning(UUID member) {
    return members.positioning(member);
  }

  /** Everything the read model holds about the member, for their export. */
  @Transactional
  public MemberExport export(UUID member) {
    return MemberExports.of(
        member,
        clock.instant(),
        members.stored(member),
        engagementRows.activitiesOf(member),
        engagementRows.engagementsOf(member),
        members.connectionsOf(member),
        rows);
  }

  @Transactional
  public void recordFailure(Feed feed, String error) {
    feeds.recordFailure(feed, error, clock.instant());
  }

  /**
   * Erasure: nothing about the member stays, including their feedback, and the id is remembered so
   * that no later or replayed change brings them back.
   */
  private void eraseMember(UUID id, Instant now) {
    members.markErased(id, now);
    members.deleteConnectionsOf(id);
    engagements.forget(id);
    members.delete(id);
  }

  /**
   * Member changes between two erasures are folded into the latest state per member, positioning
   * and connection; an erasure applies what came before it first, so what follows it stays.
   */
  private void applyMemberChanges(List<FeedPage.Change> changes, Instant now) {
    MemberBatch batch = new MemberBatch();
    for (FeedPage.Change change : changes) {
      if (change.entity() == null || change.entityId() == null) {
        continue;
      }
      switch (change.entity()) {
        case "MEMBER" -> {
          if (change.isDelete()) {
            batch.flush(now);
            eraseMember(change.entityId(), now);
            batch = new MemberBatch();
            continue;
          }
          MemberProfile profile = read(change.data(), MemberProfile.class);
          if (profile == null) {
            continue;
          }
          UUID id = change.entityId();
          batch.names.put(
              id, new MemberRepository.MemberRow(id, profile.displayName(), profile.headline()));
          // POSITIONING changes carry the visibility map; a MEMBER change only seeds a positioning.
          if (profile.positioning() != null) {
            MemberRepository.PositioningRow before = batch.positionings.get(id);
            if (before == null) {
              batch.positionings.put(
                  id, new MemberRepository.PositioningRow(id, profile.positioning(), true));
            } else if (!before.seedOnly() && before.positioning() == null) {
              batch.positionings.put(
                  id, new MemberRepository.PositioningRow(id, profile.positioning(), false));
            }
          }
        }
        case "POSITIONING" -> {
          if (change.memberId() == null) {
            continue;
          }
          MemberProfile.Positioning positioning = null;
          if (!change.isDelete()) {
            // An upsert without data is redacted history (or unreadable): nothing to apply.
            positioning = read(change.data(), MemberProfile.Positioning.class);
            if (positioning == null) {
              continue;
            }
          }
          batch.positionings.put(
              change.memberId(),
              new MemberRepository.PositioningRow(change.memberId(), positioning, false));
        }
        case "CONNECTION" -> {
          ConnectionData data =
              change.isDelete() ? null : read(change.data(), ConnectionData.class);
          if (data == null && !change.isDelete()) {
            continue;
          }
          batch.connections.remove(change.entityId());
          batch.connections.put(change.entityId(), data);
        }
        default -> LOG.debugf("Ignoring member change of entity %s", change.entity());
      }
    }
    batch.flush(now);
  }

  /** The latest state, in one page, of each member, positioning and connection it names. */
  private final class MemberBatch {
    final Map<UUID, MemberRepository.MemberRow> names = new LinkedHashMap<>();
    final Map<UUID, MemberRepository.PositioningRow> positionings = new LinkedHashMap<>();
    final Map<UUID, ConnectionData> connections = new LinkedHashMap<>();

    void flush(Instant now) {
      members.upsertMembers(List.copyOf(names.values()), now);
      members.upsertPositionings(List.copyOf(positionings.values()), now);
      members.applyConnections(connections);
    }
  }

  /** Each activity the page names ends in the state of its last change. */
  private void applyActivityChanges(List<FeedPage.Change> changes, Instant now) {
    Map<UUID, EngagementService.ActivityRow> latest = new LinkedHashMap<>();
    for (FeedPage.Change change : changes) {
      if (!"ACTIVITY".equals(change.entity()) || change.entityId() == null) {
        continue;
      }
      ActivityData data = change.isDelete() ? null : read(change.data(), ActivityData.class);
      if (data == null && !change.isDelete()) {
        continue;
      }
      latest.remove(change.entityId());
      latest.put(
          change.entityId(),
          new EngagementService.ActivityRow(
              change.entityId(),
              change.memberId(),
              data,
              change.changedAt() != null ? change.changedAt() : now));
    }
    engagements.applyActivities(List.copyOf(latest.values()));
  }

  private <T> T read(JsonNode data, Class<T> type) {
    if (data == null || data.isNull()) {
      return null;
    }
    try {
      return json.treeToValue(data, type);
    } catch (JsonProcessingException e) {
      // A change this service cannot read must not stop the feed; it is logged and skipped.
      LOG.warnf(
          "Skipping unreadable %s change data: %s", type.getSimpleName(), e.getOriginalMessage());
      return null;
    }
  }
}
