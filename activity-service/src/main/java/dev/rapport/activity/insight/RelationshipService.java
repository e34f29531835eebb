package dev.rapport.activity.insight;

import dev.rapport.activity.insight.InsightViews.CadenceView;
import dev.rapport.activity.insight.InsightViews.Exchange;
import dev.rapport.activity.insight.InsightViews.Relationship;
import dev.rapport.activity.insight.InsightViews.RelationshipPage;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A member's relationships, strongest first, and how one is shown; owner only. */
@ApplicationScoped
public class RelationshipService {

  private final RelationshipRepository relationships;
  private final Caller caller;
  private final Clock clock;

  public RelationshipService(RelationshipRepository relationships, Caller caller, Clock clock) {
    this.relationships = relationships;
    this.caller = caller;
    this.clock = clock;
  }

  public RelationshipPage relationships(UUID member, String cursor, int limit) {
    caller.requireSelf(member);
    RelationshipCursor after = RelationshipCursor.decode(cursor);
    Instant asOf = after == null ? clock.instant() : after.asOf();
    List<RelationshipRow> rows = relationships.strongestFirst(member, asOf, after, limit + 1);
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      RelationshipRow last = rows.get(limit - 1);
      next = new RelationshipCursor(asOf, last.strength(), last.counterpartId()).encode();
    }
    return new RelationshipPage(rows.stream().map(r -> view(r, asOf)).toList(), next);
  }

  /** The member's relationship with the counterpart as of the instant (they have one). */
  Relationship relationship(UUID member, UUID counterpart, Instant asOf) {
    return relationships.withCounterpart(member, asOf, counterpart).stream()
        .map(r -> view(r, asOf))
        .findFirst()
        .orElseThrow();
  }

  static Relationship view(RelationshipRow r, Instant now) {
    List<ActivityType> ways =
        r.ways() == null
            ? List.of()
            : Arrays.stream(r.ways().split(",")).map(ActivityType::valueOf).sorted().toList();
    CadenceView cadence =
        r.everyDays() == null
            ? null
            : new CadenceView(r.everyDays(), r.dueAt(), r.dueAt().isBefore(now));
    return new Relationship(
        r.counterpartId(),
        r.interactions(),
        r.firstAt(),
        r.lastAt(),
        ways,
        new Exchange(r.given(), r.givenWeight()),
        new Exchange(r.received(), r.receivedWeight()),
        r.givenWeight() - r.receivedWeight(),
        r.strength().setScale(3, RoundingMode.HALF_UP).doubleValue(),
        Strength.status(r.strength().doubleValue()).name(),
        cadence);
  }
}
