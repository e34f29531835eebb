package dev.rapport.activity.inbox;

import dev.rapport.activity.inbox.InboxViews.ContributionMade;
import dev.rapport.activity.inbox.InboxViews.InboxItem;
import dev.rapport.activity.inbox.InboxViews.InboxPage;
import dev.rapport.activity.inbox.InboxViews.InboxSummary;
import dev.rapport.activity.inbox.InboxViews.LearningShared;
import dev.rapport.activity.inbox.InboxViews.ResponseMade;
import dev.rapport.activity.inbox.InboxViews.Sender;
import dev.rapport.activity.inbox.InboxViews.SharedKnowledge;
import dev.rapport.activity.response.ResponseKind;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.InstantIdCursor;
import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A member's inbox, owner only: pages newest first, read state, unread counts. */
@ApplicationScoped
public class InboxService {

  private static final String CURSOR = "inbox";

  /** Before every item: where the first page starts. */
  private static final Instant FIRST_AT = Instant.parse("9999-12-31T23:59:59Z");

  private static final UUID FIRST_ID = new UUID(-1L, -1L);

  private final InboxRepository inbox;
  private final Caller caller;
  private final Clock clock;

  public InboxService(InboxRepository inbox, Caller caller, Clock clock) {
    this.inbox = inbox;
    this.caller = caller;
    this.clock = clock;
  }

  /** An inbox item with its place in commit order (V255). */
  public record Placed(String tx, long seq, InboxItem item) {}

  /** The oldest transaction still running: a follower starting now starts there. */
  public String horizon() {
    return inbox.horizon();
  }

  /**
   * The member's items after (tx, seq) in commit order, up to {@code limit} places, for the
   * services that follow an inbox (its live events, webhooks); no owner check.
   */
  public List<Placed> after(UUID member, String tx, long seq, int limit) {
    List<InboxRepository.Place> places = inbox.placesAfter(member, tx, seq, limit);
    if (places.isEmpty()) {
      return List.of();
    }
    Map<UUID, InboxItem> items = new HashMap<>();
    for (InboxRepository.Row row :
        inbox.items(member, places.stream().map(InboxRepository.Place::id).toList())) {
      items.put(row.id(), item(row));
    }
    List<Placed> placed = new ArrayList<>();
    for (InboxRepository.Place place : places) {
      // an item taken out meanwhile keeps its place, with nothing to send
      placed.add(new Placed(place.tx(), place.seq(), items.get(place.id())));
    }
    return placed;
  }

  public InboxPage page(UUID member, boolean unreadOnly, String cursor, int limit) {
    caller.requireSelf(member);
    InstantIdCursor after = InstantIdCursor.decode("cursor", cursor, CURSOR);
    Instant afterAt = after == null ? FIRST_AT : after.at();
    UUID afterId = after == null ? FIRST_ID : after.id();
    List<InboxRepository.Row> rows = inbox.page(member, unreadOnly, afterAt, afterId, limit + 1);
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      InboxRepository.Row last = rows.get(limit - 1);
      next = new InstantIdCursor(last.arrivedAt(), last.id()).encode(CURSOR);
    }
    return new InboxPage(rows.stream().map(InboxService::item).toList(), next);
  }

  /** The member's whole inbox (their export; the caller was checked by the export). */
  public List<InboxItem> export(UUID member) {
    return inbox.all(member).stream().map(InboxService::item).toList();
  }

  @Transactional
  public InboxItem markRead(UUID member, UUID item) {
    caller.requireSelf(member);
    if (!inbox.markRead(member, item, clock.instant())) {
      throw ProblemException.notFound("No inbox item " + item + ".");
    }
    return inbox.find(member, item).map(InboxService::item).orElseThrow();
  }

  @Transactional
  public int markAllRead(UUID member) {
    caller.requireSelf(member);
    return inbox.markAllRead(member, clock.instant());
  }

  public InboxSummary summary(UUID member) {
    caller.requireSelf(member);
    Map<InboxKind, Long> counts = new EnumMap<>(InboxKind.class);
    for (InboxKind kind : InboxKind.values()) {
      counts.put(kind, 0L);
    }
    long total = 0;
    for (InboxRepository.KindCount count : inbox.unreadByKind(member)) {
      counts.put(InboxKind.valueOf(count.kind()), count.count());
      total += count.count();
    }
    return new InboxSummary(total, counts);
  }

  static InboxItem item(InboxRepository.Row row) {
    InboxKind kind = InboxKind.valueOf(row.kind());
    boolean onActivity = row.activityType() != null;
    SharedKnowledge share = null;
    ContributionMade contribution = null;
    LearningShared learning = null;
    if (onActivity && ActivityType.valueOf(row.activityType()) == ActivityType.LEARNING) {
      learning =
          new LearningShared(
              row.activityKind(), row.catalogId(), row.percent(), row.insight(), row.occurredAt());
    } else if (onActivity
        && ActivityType.valueOf(row.activityType()) == ActivityType.KNOWLEDGE_SHARE) {
      share =
          new SharedKnowledge(
              row.title(),
              row.url(),
              row.takeaway(),
              row.whyItMatters(),
              row.channel(),
              row.occurredAt());
    } else if (onActivity) {
      contribution =
          new ContributionMade(
              row.activityKind(),
              row.description(),
              row.hours(),
              row.community(),
              row.occurredAt());
    }
    ResponseMade response =
        kind == InboxKind.RESPONSE && row.responseKind() != null
            ? new ResponseMade(
                row.sourceId(), ResponseKind.valueOf(row.responseKind()), row.responseText())
            : null;
    boolean connection =
        kind == InboxKind.CONNECTION_REQUEST || kind == InboxKind.CONNECTION_ACCEPTED;
    return new InboxItem(
        row.id(),
        kind,
        row.arrivedAt(),
        row.readAt() != null,
        row.readAt(),
        new Sender(row.senderId(), row.senderName()),
        row.activityId(),
        share,
        contribution,
        response,
        learning,
        kind == InboxKind.STUDY_CIRCLE_INVITATION ? row.sourceId() : null,
        connection ? row.sourceId() : null);
  }
}
