package dev.rapport.activity.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.activity.ActivityConfig;
import dev.rapport.activity.change.ActivityChangeService;
import dev.rapport.activity.insight.RelationshipState;
import dev.rapport.activity.insight.WeeklyRollups;
import dev.rapport.activity.log.ActivityDetails.Contribution;
import dev.rapport.activity.log.ActivityDetails.Discussion;
import dev.rapport.activity.log.ActivityDetails.KnowledgeShare;
import dev.rapport.activity.log.ActivityDetails.Learning;
import dev.rapport.activity.log.ActivityRepository.Filter;
import dev.rapport.activity.log.ActivityRepository.Viewer;
import dev.rapport.activity.log.Kinds.Channel;
import dev.rapport.activity.log.Kinds.ContributionKind;
import dev.rapport.activity.log.Kinds.DiscussionKind;
import dev.rapport.activity.log.Kinds.LearningKind;
import dev.rapport.activity.member.MemberCopyService;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.Problem;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The activity log: its rules, who may see and change what, and idempotent creation. */
@ApplicationScoped
public class ActivityService {

  /** A created (or replayed) activity: its id and the JSON body of the first response. */
  public record Created(UUID id, String body, boolean replayed) {}

  private final ActivityRepository activities;
  private final IdempotencyRepository keys;
  private final ActivityChangeService changes;
  private final MemberCopyService members;
  private final RelationshipState relationships;
  private final WeeklyRollups rollups;
  private final Caller caller;
  private final Clock clock;
  private final ActivityConfig config;
  private final ObjectMapper json;

  public ActivityService(
      ActivityRepository activities,
      IdempotencyRepository keys,
      ActivityChangeService changes,
      MemberCopyService members,
      RelationshipState relationships,
      WeeklyRollups rollups,
      Caller caller,
      Clock clock,
      ActivityConfig config,
      ObjectMapper json) {
    this.activities = activities;
    this.keys = keys;
    this.changes = changes;
    this.members = members;
    this.relationships = relationships;
    this.rollups = rollups;
    this.caller = caller;
    this.clock = clock;
    this.config = config;
    this.json = json;
  }

  /**
   * Logs an activity of the calling member. The member check (local copy first, profile-service for
   * ids it does not know yet) runs before any transaction opens, so a slow or absent
   * profile-service leaves nothing behind. With an Idempotency-Key, the transaction first claims
   * the key on its primary key: a concurrent request with the same key waits there until the first
   * commits, then replays its response; a repeat with another body is a 422.
   */
  public Created create(String idempotencyKey, ActivityRequest request) {
    UUID me = caller.requireMember();
    Instant now = clock.instant();
    ActivityRules.Checked checked = ActivityRules.check(request, me, now, config.maxFutureSkew());
    String hash = null;
    if (idempotencyKey != null) {
      if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
        throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
      }
      hash = sha256(toJson(request));
      Optional<Created> replay = replay(me, idempotencyKey, hash);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    requireMembers(checked.counterparts(), checked.counterpartField());
    String requestHash = hash;
    return QuarkusTransaction.requiringNew()
        .call(() -> store(me, idempotencyKey, requestHash, checked, now));
  }

  private Created store(
      UUID me, String key, String hash, ActivityRules.Checked checked, Instant now) {
    if (key != null && !keys.claim(me, key, hash, now)) {
      return replay(me, key, hash).orElseThrow();
    }
    Activity activity = new Activity();
    activity.id = UUID.randomUUID();
    activity.memberId = me;
    activity.type = checked.request().type();
    activity.createdAt = now;
    apply(checked, activity, now);
    activities.persist(activity);
    activities.flush();
    rollups.add(entry(activity));
    relationships.added(
        me,
        Arrays.asList(activity.counterparts),
        activity.type.name(),
        activity.direction.name(),
        activity.weight,
        activity.occurredAt);
    ActivityView view = view(activity);
    changes.upsert(view.id(), view.memberId(), view);
    String body = toJson(view);
    if (key != null) {
      keys.complete(me, key, activity.id, body);
    }
    return new Created(activity.id, body, false);
  }

  /** The first response for this key, or empty when the key is unused; 422 for another body. */
  private Optional<Created> replay(UUID me, String key, String hash) {
    return keys.findByIdOptional(new IdempotencyKey.Key(me, key))
        .map(
            first -> {
              if (!first.requestHash.equals(hash)) {
                throw ProblemException.unprocessable(
                    "Idempotency-Key '"
                        + key
                        + "' was already used with a different body; use a new key for a new"
                        + " activity.");
              }
              return new Created(first.activityId, first.response, true);
            });
  }

  public ActivityView get(UUID id) {
    return view(visible(id));
  }

  public ActivityPage list(Filter filter, String cursor, int limit) {
    ActivityCursor after = ActivityCursor.decode(cursor);
    Viewer viewer =
        caller.isService() ? new Viewer(true, null) : new Viewer(false, caller.requireMember());
    List<Activity> rows = activities.page(viewer, filter, after, limit + 1);
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      Activity last = rows.get(limit - 1);
      next = new ActivityCursor(last.occurredAt, last.id).encode();
    }
    return new ActivityPage(rows.stream().map(ActivityService::view).toList(), next);
  }

  /**
   * Changes an activity of the caller. New member ids are checked before the transaction; the
   * transaction then applies the change only if nobody changed the activity meanwhile (else 412).
   */
  public ActivityView update(UUID id, ActivityPatch patch) {
    Activity activity = visible(id);
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
              Activity stored = stored(id);
              if (stored.version != version) {
                throw new OptimisticLockException();
              }
              Set<UUID> pairs = new LinkedHashSet<>(Arrays.asList(stored.counterparts));
              WeeklyRollups.Entry before = entry(stored);
              apply(checked, stored, now);
              activities.flush();
              rollups.remove(before);
              rollups.add(entry(stored));
              pairs.addAll(Arrays.asList(stored.counterparts));
              relationships.changed(stored.memberId, pairs);
              ActivityView view = view(stored);
              changes.upsert(view.id(), view.memberId(), view);
              return view;
            });
  }

  public void delete(UUID id) {
    Activity activity = visible(id);
    caller.requireSelf(activity.memberId);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Activity stored = stored(id);
              activities.delete(stored);
              activities.flush();
              relationships.changed(stored.memberId, Arrays.asList(stored.counterparts));
              rollups.remove(entry(stored));
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
    keys.delete("memberId", member);
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
    return activities.ofMember(member).stream().map(ActivityService::view).toList();
  }

  private static WeeklyRollups.Entry entry(Activity a) {
    return new WeeklyRollups.Entry(
        a.memberId, a.occurredAt, a.type.name(), a.kind, a.weight, a.hours, a.direction.name());
  }

  private Activity stored(UUID id) {
    return activities
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("No activity " + id + "."));
  }

  /** The activity when the caller may see it; 404 otherwise, so its existence does not leak. */
  private Activity visible(UUID id) {
    Activity activity =
        activities
            .findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("No activity " + id + "."));
    if (caller.isService() || activity.visibility == Visibility.PUBLIC) {
      return activity;
    }
    UUID me = caller.requireMember();
    if (me.equals(activity.memberId)) {
      return activity;
    }
    if (activity.visibility == Visibility.CONNECTIONS && members.connected(me, activity.memberId)) {
      return activity;
    }
    throw ProblemException.notFound("No activity " + id + ".");
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

  private static void apply(ActivityRules.Checked checked, Activity a, Instant now) {
    ActivityRequest r = checked.request();
    a.kind = checked.kind();
    a.weight = checked.weight();
    a.occurredAt = checked.occurredAt();
    a.topics = checked.topics().toArray(String[]::new);
    a.counterparts = checked.counterparts().toArray(UUID[]::new);
    a.direction = checked.direction();
    a.visibility = checked.visibility();
    a.community = null;
    a.hours = null;
    a.description = null;
    a.catalogId = null;
    a.url = null;
    a.title = null;
    a.takeaway = null;
    a.whyItMatters = null;
    a.channel = null;
    a.percent = null;
    a.insight = null;
    switch (a.type) {
      case CONTRIBUTION -> {
        a.community = blankToNull(r.contribution().community());
        a.hours = r.contribution().hours();
        a.description = r.contribution().description().strip();
      }
      case DISCUSSION -> {
        a.catalogId = r.discussion().discussionId();
        a.url = r.discussion().url();
      }
      case KNOWLEDGE_SHARE -> {
        a.url = r.knowledgeShare().url();
        a.title = r.knowledgeShare().title().strip();
        a.takeaway = r.knowledgeShare().takeaway().strip();
        a.whyItMatters = r.knowledgeShare().whyItMatters().strip();
        a.channel = r.knowledgeShare().channel().name();
      }
      case LEARNING -> {
        a.catalogId = r.learning().courseId();
        a.percent = r.learning().percent();
        a.insight = r.learning().insight() == null ? null : r.learning().insight().strip();
      }
    }
    a.updatedAt = now;
  }

  public static ActivityView view(Activity a) {
    List<UUID> counterparts = List.of(a.counterparts);
    Contribution contribution = null;
    Discussion discussion = null;
    KnowledgeShare share = null;
    Learning learning = null;
    switch (a.type) {
      case CONTRIBUTION ->
          contribution =
              new Contribution(
                  ContributionKind.valueOf(a.kind),
                  counterparts,
                  a.community,
                  a.hours,
                  a.description);
      case DISCUSSION ->
          discussion =
              new Discussion(DiscussionKind.valueOf(a.kind), a.catalogId, a.url, counterparts);
      case KNOWLEDGE_SHARE ->
          share =
              new KnowledgeShare(
                  a.url,
                  a.title,
                  a.takeaway,
                  a.whyItMatters,
                  counterparts,
                  Channel.valueOf(a.channel));
      case LEARNING ->
          learning =
              new Learning(
                  LearningKind.valueOf(a.kind), a.catalogId, a.percent, a.insight, counterparts);
    }
    return new ActivityView(
        a.id,
        a.memberId,
        a.type,
        a.kind,
        a.weight,
        a.occurredAt,
        List.of(a.topics),
        counterparts,
        a.direction,
        a.visibility,
        a.createdAt,
        a.updatedAt,
        contribution,
        discussion,
        share,
        learning);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
