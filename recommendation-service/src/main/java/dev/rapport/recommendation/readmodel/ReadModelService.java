package dev.rapport.recommendation.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.recommendation.client.ActivityData;
import dev.rapport.recommendation.client.ConnectionData;
import dev.rapport.recommendation.client.FeedPage;
import dev.rapport.recommendation.client.MemberProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

  private final ReadModelRepository repository;
  private final ObjectMapper json;
  private final Clock clock;

  public ReadModelService(ReadModelRepository repository, ObjectMapper json, Clock clock) {
    this.repository = repository;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public Optional<String> cursor(Feed feed) {
    return repository.cursor(feed);
  }

  @Transactional
  public FeedStatus status(Feed feed) {
    return repository.state(feed);
  }

  /** Applies one page and stores the cursor after it, with whether the feed's end was reached. */
  @Transactional
  public void apply(Feed feed, FeedPage page, String previousCursor, boolean caughtUp) {
    Instant now = clock.instant();
    List<FeedPage.Change> changes = page.changes() == null ? List.of() : page.changes();
    Instant lastChangeAt = null;
    for (FeedPage.Change change : changes) {
      switch (feed) {
        case MEMBER_CHANGES -> applyMemberChange(change, now);
        case ACTIVITY_CHANGES -> applyActivityChange(change, now);
      }
      lastChangeAt = change.changedAt();
    }
    String next = page.nextCursor();
    if (next == null && !changes.isEmpty()) {
      next = changes.get(changes.size() - 1).cursor();
    }
    if (next == null) {
      next = previousCursor;
    }
    repository.recordSuccess(feed, next, changes.size(), lastChangeAt, caughtUp, now);
  }

  /** Stores a member's feedback on an item; dismissals hide it, clicks and takes count. */
  @Transactional
  public void recordFeedback(UUID member, String itemType, UUID item, String action) {
    repository.recordFeedback(member, itemType, item, action, clock.instant());
  }

  /** The member's positioning as the read model last saw it. */
  @Transactional
  public Optional<MemberProfile.Positioning> storedPositioning(UUID member) {
    return repository.positioning(member);
  }

  @Transactional
  public void recordFailure(Feed feed, String error) {
    repository.recordFailure(feed, error, clock.instant());
  }

  private void applyMemberChange(FeedPage.Change change, Instant now) {
    if (change.entity() == null || change.entityId() == null) {
      return;
    }
    switch (change.entity()) {
      case "MEMBER" -> {
        if (change.isDelete()) {
          repository.eraseMember(change.entityId());
          return;
        }
        MemberProfile profile = read(change.data(), MemberProfile.class);
        if (profile == null) {
          return;
        }
        repository.upsertMember(change.entityId(), profile.displayName(), profile.headline(), now);
        // POSITIONING changes carry the visibility map; a MEMBER change only seeds a positioning.
        if (profile.positioning() != null && !repository.hasPositioning(change.entityId())) {
          repository.upsertPositioning(change.entityId(), profile.positioning(), now);
        }
      }
      case "POSITIONING" -> {
        if (change.memberId() == null) {
          return;
        }
        MemberProfile.Positioning positioning =
            change.isDelete() ? null : read(change.data(), MemberProfile.Positioning.class);
        repository.upsertPositioning(change.memberId(), positioning, now);
      }
      case "CONNECTION" ->
          repository.applyConnection(
              change.entityId(),
              change.isDelete() ? null : read(change.data(), ConnectionData.class));
      default -> LOG.debugf("Ignoring member change of entity %s", change.entity());
    }
  }

  private void applyActivityChange(FeedPage.Change change, Instant now) {
    if (!"ACTIVITY".equals(change.entity()) || change.entityId() == null) {
      return;
    }
    ActivityData data = change.isDelete() ? null : read(change.data(), ActivityData.class);
    repository.applyActivity(
        change.entityId(),
        change.memberId(),
        data,
        change.changedAt() != null ? change.changedAt() : now);
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
