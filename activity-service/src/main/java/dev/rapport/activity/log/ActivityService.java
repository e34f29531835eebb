package dev.rapport.activity.log;

import static dev.rapport.activity.log.ActivityMapping.apply;
import static dev.rapport.activity.log.ActivityMapping.rollupEntry;
import static dev.rapport.activity.log.ActivityMapping.view;

import dev.rapport.activity.ActivityConfig;
import dev.rapport.activity.change.ActivityChangeService;
import dev.rapport.activity.insight.RelationshipState;
import dev.rapport.activity.insight.WeeklyRollups;
import dev.rapport.activity.log.ActivityRepository.Filter;
import dev.rapport.activity.member.MemberCopyService;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.Problem;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The activity log: logging, reading, changing and deleting activities, each write keeping the
 * relationship state, the weekly rollups and the change feed in its transaction. The rules are
 * {@link ActivityRules}, who may see what {@link ActivityVisibility}, replays {@link Idempotency}.
 */
@ApplicationScoped
public class ActivityService {

  private final ActivityRepository activities;
  private final Idempotency keys;
  private final ActivityVisibility visibility;
  private final ActivityChangeService changes;
  private final MemberCopyService members;
  private final RelationshipState relationships;
  private final WeeklyRollups rollups;
  private final Caller caller;
  private final Clock clock;
  private final ActivityConfig config;
  private final Event<ActivityWritten> written;

  public ActivityService(
      ActivityRepository activities,
      Idempotency keys,
      ActivityVisibility visibility,
      ActivityChangeService changes,
      MemberCopyService members,
      RelationshipState relationships,
      WeeklyRollups rollups,
      Caller caller,
      Clock clock,
      ActivityConfig config,
      Event<ActivityWritten> written) {
    this.activities = activities;
    this.keys = keys;
    this.visibility = visibility;
    this.changes = changes;
    this.members = members;
    this.relationships = relationships;
    this.rollups = rollups;
    this.caller = caller;
    this.clock = clock;
    this.config = config;
    this.written = written;
  }

  /**
   * Logs an activity of the calling member. The member check (local copy first, profile-service for
   * ids it does not know yet) runs before any transaction opens, so a slow or absent
   * profile-service leaves nothing behind. With an Idempotency-Key, the transaction first claims
   * the key on its primary key: a concurrent request with the same key waits there until the first
   * commits, then replays its response; a repeat with another body is a 422.
   */
  public CreatedActivity create(String idempotencyKey, ActivityRequest request) {
    UUID me = caller.requireMember();
    Instant now = clock.instant();
    ActivityRules.Checked checked = ActivityRules.check(request, me, now, config.maxFutureSkew());
    String hash = null;
    if (idempotencyKey != null) {
      hash = keys.requestHash(idempotencyKey, request);
      Optional<CreatedActivity> replay = keys.replay(me, idempotencyKey, hash);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    requireMembers(checked.counterparts(), checked.counterpartField());
    String requestHash = hash;
    return QuarkusTransaction.requiringNew()
        .call(() -> store(me, idempotencyKey, requestHash, checked, now));
  }

  private CreatedActivity store(
      UUID me, String key, String hash, ActivityRules.Checked checked, Instant now) {
    if (key != null && !keys.claim(me, key, hash, now)) {
      return keys.replay(me, key, hash).orElseThrow();
    }
    Activity activity = new Activity();
    activity.id = UUID.randomUUID();
    activity.memberId = me;
    activity.type = checked.request().type();
    activity.createdAt = now;
    apply(checked, activity, now);
    activities.persist(activity);
    activities.flush();
    rollups.add(rollupEntry(activity));
    relationships.added(
        me,
        Arrays.asList(activity.counterparts),
        activity.type,
        activity.direction.name(),
        activity.weight,
        activity.occurredAt);
    written.fire(
        new ActivityWritten(
            ActivityWritten.Write.LOGGED,
            activity.id,
            me,
            activity.type,
            activity.kind,
            activity.catalogId,
            List.of(),
            List.of(activity.counterparts),
            now));
    ActivityView view = view(activity);
    changes.upsert(view.id(), view.memberId(), view);
    String body = keys.toJson(view);
    if (key != null) {
      keys.complete(me, key, activity.id, body);
    }
    return new CreatedActivity(activity.id, body, false);
  }

  public ActivityView get(UUID id) {
    return view(visibility.visible(id));
  }

  public ActivityPage list(Filter filter, String cursor, int limit) {
    ActivityCursor after = ActivityCursor.decode(cursor);
    List<Activity> rows = activities.page(visibility.viewer(), filter, after, limit + 1);
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      Activity last = rows.get(limit - 1);
      next = new ActivityCursor(last.occurredAt, last.id).encode();
    }
    return new ActivityPage(rows.stream().map(ActivityMapping::view).toList(), next);
  }

  /**
   * Changes an activity of the caller. New member ids are checked before the transaction; the
   * transaction then applies the change only if nobody changed the activity meanwhile (else 412).
   */
  public ActivityView update(UUID id, ActivityPatch patch) {
    Activity activity = visibility.visible(id);
    UUID me = caller.requireSelf(activity.memberId);
    Instant now = clock.instant();
    ActivityView current = view(activity);
    ActivityRequest merged =
        new ActivityRequest(
            activity.type,
            patch.occurredAt() != null ? patch.occurredAt() : activity.occurredAt,
            patch.topics() != null ? patch.topics() : current.topics(),
            patch.direction() != null ? patch.direction() : activity.direction,
            patch.visibility() != null ? patch.visibility() : activity.visibility,
            patch.contribution() != null ? patch.contribution() : current.contribution(),
            patch.discussion() != null ? patch.discussion() : current.discussion(),
            patch.knowledgeShare() != null ? patch.knowledgeShare() : current.knowledgeShare(),
            patch.learning() != null ? patch.learning() : current.learning());
    ActivityRules.Checked checked = ActivityRules.check(merged, me, now, config.maxFutureSkew());
    Set<UUID> added = new LinkedHashSet<>(checked.counterparts());
    added.removeAll(Arrays.asList(activity.counterparts));
    requireMembers(List.copyOf(added), checked.counterpartField());
    long version = activity.version;
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Activity stored = visibility.stored(id);
              if (stored.version != version) {
                throw new OptimisticLockException();
              }
              List<UUID> counterpartsBefore = List.of(stored.counterparts);
              Set<UUID> pairs = new LinkedHashSet<>(counterpartsBefore);
              WeeklyRollups.Entry before = rollupEntry(stored);
              apply(checked, stored, now);
              activities.flush();
              rollups.remove(before);
              rollups.add(rollupEntry(stored));
              pairs.addAll(Arrays.asList(stored.counterparts));
              relationships.changed(stored.memberId, pairs);
              written.fire(
                  new ActivityWritten(
                      ActivityWritten.Write.CHANGED,
                      stored.id,
                      stored.memberId,
                      stored.type,
                      stored.kind,
                      stored.catalogId,
                      counterpartsBefore,
                      List.of(stored.counterparts),
                      now));
              ActivityView view = view(stored);
              changes.upsert(view.id(), view.memberId(), view);
              return view;
            });
  }

  public void delete(UUID id) {
    Activity activity = visibility.visible(id);
    caller.requireSelf(activity.memberId);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Activity stored = visibility.stored(id);
              written.fire(
                  new ActivityWritten(
                      ActivityWritten.Write.DELETED,
                      stored.id,
                      stored.memberId,
                      stored.type,
                      stored.kind,
                      stored.catalogId,
                      List.of(stored.counterparts),
                      List.of(),
                      clock.instant()));
              activities.delete(stored);
              activities.flush();
              relationships.changed(stored.memberId, Arrays.asList(stored.counterparts));
              rollups.remove(rollupEntry(stored));
              changes.delete(stored.id, stored.memberId);
            });
  }

  /**
   * Erasure of a member (inside the transaction applying the MEMBER DELETE): their activities and
   * idempotency records go, with a DELETE change per activity; other members' activities keep their
   * own record but no longer name the erased member (removed from counterparts, published as an
   * UPSERT).
   */
  void erase(@Observes MemberErased erased) {
    UUID member = erased.memberId();
    changes.erased(activities.deleteOfMember(member), member);
    keys.forget(member);
    for (Activity other : activities.naming(member)) {
      other.counterparts =
          Arrays.stream(other.counterparts).filter(id -> !id.equals(member)).toArray(UUID[]::new);
      other.updatedAt = erased.at();
      activities.flush();
      ActivityView view = view(other);
      changes.redacted(view.id(), view.memberId(), view);
    }
  }

  /** Every activity of the member, newest first (their export). */
  public List<ActivityView> export(UUID member) {
    return activities.ofMember(member).stream().map(ActivityMapping::view).toList();
  }

  /**
   * Checked against the local copy of members; one batch call to profile-service only for ids it
   * does not know yet. 422 naming the ids that are no members.
   */
  private void requireMembers(List<UUID> ids, String field) {
    if (ids.isEmpty()) {
      return;
    }
    Set<UUID> known = members.existing(new LinkedHashSet<>(ids));
    List<String> unknown =
        ids.stream().filter(id -> !known.contains(id)).map(UUID::toString).toList();
    if (!unknown.isEmpty()) {
      String message = "unknown members: " + String.join(", ", unknown);
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          field + ": " + message,
          List.of(new Problem.FieldError(field, message)),
          Map.of());
    }
  }
}
