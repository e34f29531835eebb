package dev.rapport.recommendation.readmodel;

import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.client.ActivityData;
import dev.rapport.recommendation.readmodel.EngagementRepository.EngagementRef;
import dev.rapport.recommendation.readmodel.EngagementRepository.ItemRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of what members did: which activities name a course or a discussion (an enrolment or a
 * join), who may see them (anything but PRIVATE or ONLY_ME is shared with connections; PUBLIC, or
 * no visibility, with anyone), and the take counters and popularity, moved by the difference each
 * write makes. Run inside the caller's transaction.
 */
@ApplicationScoped
public class EngagementService {

  /** An activity's latest state; {@code data} null when it was deleted. */
  record ActivityRow(UUID id, UUID memberId, ActivityData data, Instant changedAt) {}

  /** Where an engagement was learnt. */
  private enum Source {
    ACTIVITY,
    FEEDBACK
  }

  private static final Set<String> UNSHARED = Set.of("PRIVATE", "ONLY_ME");

  private record TakeKey(UUID memberId, String itemType, UUID itemId) {}

  private final EngagementRepository engagements;
  private final JsonRows json;

  public EngagementService(EngagementRepository engagements, JsonRows json) {
    this.engagements = engagements;
    this.json = json;
  }

  /**
   * Replaces the activities named with their latest state, with the engagements they imply, and
   * moves the take counters and popularity by the difference.
   */
  void applyActivities(List<ActivityRow> activities) {
    if (activities.isEmpty()) {
      return;
    }
    UUID[] ids = activities.stream().map(ActivityRow::id).toArray(UUID[]::new);
    Map<TakeKey, Integer> takes = new HashMap<>();
    Map<ItemRef, Integer> popularity = new HashMap<>();
    for (EngagementRef removed : engagements.deleteEngagementsOfActivities(ids)) {
      popularity.putIfAbsent(new ItemRef(removed.itemType(), removed.itemId()), 0);
      if (FeedbackAction.valueOf(removed.action()).takes()) {
        takes.merge(key(removed), -1, Integer::sum);
      }
    }
    engagements.deleteActivities(ids);

    List<Map<String, Object>> activityRows = new ArrayList<>();
    List<Map<String, Object>> engagementRows = new ArrayList<>();
    for (ActivityRow a : activities) {
      ActivityData data = a.data();
      if (data == null) {
        continue;
      }
      UUID owner = data.memberId() != null ? data.memberId() : a.memberId();
      String visibility =
          data.visibility() == null ? null : data.visibility().toUpperCase(Locale.ROOT);
      boolean shared = visibility == null || !UNSHARED.contains(visibility);
      boolean isPublic = visibility == null || "PUBLIC".equals(visibility);
      Instant occurred = data.occurredAt() != null ? data.occurredAt() : a.changedAt();
      Map<String, Object> row = new HashMap<>();
      row.put("id", a.id());
      row.put("member_id", owner);
      row.put("type", data.type());
      row.put("topics", Topics.normalise(data.topics()));
      row.put("shared", shared);
      row.put("occurred_at", occurred);
      activityRows.add(row);
      uuid(data.learning() == null ? null : data.learning().courseId())
          .ifPresent(
              course ->
                  engagementRows.add(
                      engagementRow(
                          owner,
                          ItemType.COURSE,
                          course,
                          FeedbackAction.ENROLLED,
                          Source.ACTIVITY,
                          a.id(),
                          shared,
                          isPublic,
                          occurred)));
      uuid(data.discussion() == null ? null : data.discussion().discussionId())
          .ifPresent(
              discussion ->
                  engagementRows.add(
                      engagementRow(
                          owner,
                          ItemType.DISCUSSION,
                          discussion,
                          FeedbackAction.JOINED,
                          Source.ACTIVITY,
                          a.id(),
                          shared,
                          isPublic,
                          occurred)));
    }
    if (!activityRows.isEmpty()) {
      engagements.insertActivities(json.write(activityRows));
    }
    insertEngagements(engagementRows, takes, popularity);
    adjustPopularity(adjustTakes(takes, popularity));
  }

  /** Feedback from the member: counted anonymously, never named to others. */
  void recordFeedback(
      UUID member, ItemType itemType, UUID item, FeedbackAction action, Instant at) {
    Map<TakeKey, Integer> takes = new HashMap<>();
    Map<ItemRef, Integer> popularity = new HashMap<>();
    insertEngagements(
        List.of(
            engagementRow(member, itemType, item, action, Source.FEEDBACK, null, false, false, at)),
        takes,
        popularity);
    adjustPopularity(adjustTakes(takes, popularity));
  }

  /** Erasure: the member's activities, engagements and takes go, and popularity follows. */
  void forget(UUID member) {
    Map<ItemRef, Integer> popularity = new HashMap<>();
    engagements.deleteEngagementsOf(member).forEach(item -> popularity.putIfAbsent(item, 0));
    engagements.deleteTakesOf(member).forEach(item -> popularity.merge(item, -1, Integer::sum));
    adjustPopularity(popularity);
    engagements.deleteActivitiesOf(member);
  }

  private static Map<String, Object> engagementRow(
      UUID member,
      ItemType itemType,
      UUID item,
      FeedbackAction action,
      Source source,
      UUID activityId,
      boolean shared,
      boolean isPublic,
      Instant at) {
    Map<String, Object> r = new HashMap<>();
    r.put("member_id", member);
    r.put("item_type", itemType.name());
    r.put("item_id", item);
    r.put("action", action.name());
    r.put("source", source.name());
    r.put("activity_id", activityId);
    r.put("shared", shared);
    r.put("public", isPublic);
    r.put("occurred_at", at);
    return r;
  }

  /** Takes count only what was inserted: an erased member's engagements are not stored. */
  private void insertEngagements(
      List<Map<String, Object>> rows,
      Map<TakeKey, Integer> takes,
      Map<ItemRef, Integer> popularity) {
    if (rows.isEmpty()) {
      return;
    }
    for (EngagementRef inserted : engagements.insertEngagements(json.write(rows))) {
      if (FeedbackAction.valueOf(inserted.action()).takes()) {
        takes.merge(key(inserted), 1, Integer::sum);
        popularity.putIfAbsent(new ItemRef(inserted.itemType(), inserted.itemId()), 0);
      }
    }
  }

  /**
   * Moves each member's take counter of an item by its delta and adds to {@code popularity} (which
   * it returns) how each item's count of distinct members moved.
   */
  private Map<ItemRef, Integer> adjustTakes(
      Map<TakeKey, Integer> takes, Map<ItemRef, Integer> popularity) {
    List<Map<String, Object>> rows = new ArrayList<>();
    takes.forEach(
        (k, delta) -> {
          if (delta != 0) {
            rows.add(Map.of("m", k.memberId(), "t", k.itemType(), "i", k.itemId(), "d", delta));
          }
        });
    if (rows.isEmpty()) {
      return popularity;
    }
    for (EngagementRepository.ItemDelta moved : engagements.adjustTakes(json.write(rows))) {
      popularity.merge(new ItemRef(moved.itemType(), moved.itemId()), moved.delta(), Integer::sum);
    }
    return popularity;
  }

  /** Moves each item's count of members by its delta. */
  private void adjustPopularity(Map<ItemRef, Integer> deltas) {
    if (deltas.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    deltas.forEach((item, delta) -> rows.add(Map.of("t", item.type(), "i", item.id(), "d", delta)));
    engagements.adjustPopularity(json.write(rows));
  }

  private static TakeKey key(EngagementRef e) {
    return new TakeKey(e.memberId(), e.itemType(), e.itemId());
  }

  private static Optional<UUID> uuid(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
