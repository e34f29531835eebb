package dev.rapport.activity.response;

import dev.rapport.activity.insight.RelationshipState;
import dev.rapport.activity.log.ActivityService;
import dev.rapport.activity.log.ActivityView;
import dev.rapport.activity.log.ActivityWritten;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.activity.response.ResponseViews.ResponsePage;
import dev.rapport.activity.response.ResponseViews.ResponseRequest;
import dev.rapport.activity.response.ResponseViews.ResponseView;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.InstantIdCursor;
import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Responses to shares and contributions: only the members an activity is addressed to respond; the
 * author sees every response, a responder their own, nobody else any. Each response counts in both
 * members' relationships ({@link ResponseKind#DESCRIPTION}) and reaches the author's inbox.
 */
@ApplicationScoped
public class ResponseService {

  private static final String CURSOR = "responses";
  private static final Instant FIRST_AT = Instant.EPOCH;
  private static final UUID FIRST_ID = new UUID(0, 0);

  private final ResponseRepository responses;
  private final ActivityService activities;
  private final RelationshipState relationships;
  private final Event<ResponsePosted> posted;
  private final Caller caller;
  private final Clock clock;

  public ResponseService(
      ResponseRepository responses,
      ActivityService activities,
      RelationshipState relationships,
      Event<ResponsePosted> posted,
      Caller caller,
      Clock clock) {
    this.responses = responses;
    this.activities = activities;
    this.relationships = relationships;
    this.posted = posted;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public ResponseView respond(UUID activityId, ResponseRequest request) {
    UUID me = caller.requireMember();
    ActivityView activity = activities.get(activityId);
    if (!activity.type().addressed() || !activity.counterparts().contains(me)) {
      throw ProblemException.forbidden(
          "Only the members a knowledge share or contribution is addressed to may respond to"
              + " it.");
    }
    String text = request.text() == null || request.text().isBlank() ? null : request.text();
    if (request.kind() == ResponseKind.REPLY && text == null) {
      throw ProblemException.invalid("text", "is required for a REPLY");
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    if (!responses.insert(
        id, activityId, me, activity.memberId(), activity.type(), request.kind(), text, now)) {
      throw ProblemException.conflict("Member " + me + " already thanked for this activity.");
    }
    int weight = request.kind().weight();
    relationships.added(me, List.of(activity.memberId()), activity.type(), "GIVEN", weight, now);
    relationships.added(activity.memberId(), List.of(me), activity.type(), "RECEIVED", weight, now);
    posted.fire(new ResponsePosted(id, activityId, me, activity.memberId(), now));
    return new ResponseView(id, activityId, me, request.kind(), text, now);
  }

  /** The responses the caller may see: all for the author and services, else their own. */
  public ResponsePage list(UUID activityId, String cursor, int limit) {
    ActivityView activity = activities.get(activityId);
    UUID only = null;
    if (!caller.isService()) {
      UUID me = caller.requireMember();
      if (!me.equals(activity.memberId())) {
        if (!activity.type().addressed() || !activity.counterparts().contains(me)) {
          return new ResponsePage(List.of(), null);
        }
        only = me;
      }
    }
    InstantIdCursor after = InstantIdCursor.decode("cursor", cursor, CURSOR);
    Instant afterAt = after == null ? FIRST_AT : after.at();
    UUID afterId = after == null ? FIRST_ID : after.id();
    List<ResponseRepository.Row> rows =
        responses.page(activityId, only, afterAt, afterId, limit + 1);
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      ResponseRepository.Row last = rows.get(limit - 1);
      next = new InstantIdCursor(last.createdAt(), last.id()).encode(CURSOR);
    }
    return new ResponsePage(rows.stream().map(ResponseService::view).toList(), next);
  }

  /** Every response the member wrote (their export; the caller was checked by the export). */
  public List<ResponseView> export(UUID member) {
    return responses.ofMember(member).stream().map(ResponseService::view).toList();
  }

  private static ResponseView view(ResponseRepository.Row r) {
    return new ResponseView(
        r.id(),
        r.activityId(),
        r.memberId(),
        ResponseKind.valueOf(r.kind()),
        r.text(),
        r.createdAt());
  }

  /**
   * An activity being deleted takes its responses with it, and both sides' pairs are recomputed
   * without them.
   */
  void activityWritten(@Observes ActivityWritten written) {
    if (written.write() != ActivityWritten.Write.DELETED) {
      return;
    }
    Set<UUID> responders = new LinkedHashSet<>(responses.deleteOfActivity(written.activityId()));
    for (UUID responder : responders) {
      relationships.changed(responder, List.of(written.memberId()));
    }
    relationships.changed(written.memberId(), responders);
  }

  /** Erasure: the member's responses go (their pairs go with RelationshipState's erasure). */
  void erase(@Observes MemberErased erased) {
    responses.deleteOfMember(erased.memberId());
  }
}
