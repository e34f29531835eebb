package dev.rapport.activity.insight;

import dev.rapport.activity.insight.InsightRepository.RelationshipRow;
import dev.rapport.activity.insight.InsightViews.CadenceView;
import dev.rapport.activity.insight.InsightViews.Exchange;
import dev.rapport.activity.insight.InsightViews.KindCount;
import dev.rapport.activity.insight.InsightViews.Nudge;
import dev.rapport.activity.insight.InsightViews.NudgeList;
import dev.rapport.activity.insight.InsightViews.Relationship;
import dev.rapport.activity.insight.InsightViews.RelationshipPage;
import dev.rapport.activity.insight.InsightViews.Summary;
import dev.rapport.activity.insight.InsightViews.WayCount;
import dev.rapport.activity.member.MemberCopyService;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.OpaqueCursors;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a member's log adds up to: summary, relationships, cadences and nudges; owner only. */
@ApplicationScoped
public class InsightService {

  private static final int RECENT_DAYS = 30;

  private final InsightRepository insights;
  private final CadenceRepository cadences;
  private final MemberCopyService members;
  private final Caller caller;
  private final Clock clock;

  public InsightService(
      InsightRepository insights,
      CadenceRepository cadences,
      MemberCopyService members,
      Caller caller,
      Clock clock) {
    this.insights = insights;
    this.cadences = cadences;
    this.members = members;
    this.caller = caller;
    this.clock = clock;
  }

  public Summary summary(UUID member, String window) {
    caller.requireSelf(member);
    String windowValue = window == null || window.isBlank() ? "P30D" : window.strip();
    Period period = window(windowValue);
    Instant asOf = clock.instant();
    Instant from = asOf.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    if (from.isBefore(asOf.minus(Duration.ofDays(366)))) {
      throw ProblemException.invalid("window", "must be at most P1Y");
    }
    Map<ActivityType, long[]> perType = new EnumMap<>(ActivityType.class);
    List<KindCount> kinds = new ArrayList<>();
    BigDecimal hours = BigDecimal.ZERO;
    long total = 0;
    long totalWeight = 0;
    for (var row : insights.countsByTypeAndKind(member, from)) {
      ActivityType type = ActivityType.valueOf(row.type());
      long[] counts = perType.computeIfAbsent(type, t -> new long[2]);
      counts[0] += row.count();
      counts[1] += row.weight();
      kinds.add(new KindCount(type, row.kind(), row.count()));
      hours = hours.add(row.hours());
      total += row.count();
      totalWeight += row.weight();
    }
    List<WayCount> ways = new ArrayList<>();
    List<ActivityType> notPractised = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      long[] counts = perType.getOrDefault(type, new long[2]);
      ways.add(new WayCount(type.way(), type, counts[0], counts[1]));
      if (counts[0] == 0) {
        notPractised.add(type);
      }
    }
    LocalDateTime week =
        LocalDateTime.ofInstant(asOf, ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.DAYS)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Summary(
        member,
        windowValue,
        from,
        asOf,
        total,
        totalWeight,
        ways,
        kinds,
        hours,
        insights.peopleReached(member, from),
        insights.weeklyStreak(member, asOf, week),
        notPractised);
  }

  public RelationshipPage relationships(UUID member, String cursor, int limit) {
    caller.requireSelf(member);
    Instant asOf = clock.instant();
    String where = "true";
    Map<String, Object> params = new LinkedHashMap<>();
    if (cursor != null && !cursor.isBlank()) {
      // Strengths all decay by the same factor, so the order is stable; the cursor also pins the
      // instant so that page boundaries compare exactly.
      List<String> parts = OpaqueCursors.decode("cursor", cursor, 3);
      try {
        asOf = Instant.parse(parts.get(0));
        params.put("afterStrength", new BigDecimal(parts.get(1)));
        params.put("afterId", UUID.fromString(parts.get(2)));
      } catch (RuntimeException e) {
        throw OpaqueCursors.invalid("cursor");
      }
      where =
          "(strength < :afterStrength OR (strength = :afterStrength AND counterpart_id > :afterId))";
    }
    List<RelationshipRow> rows =
        insights.relationships(
            member, asOf, where, "strength DESC, counterpart_id", params, limit + 1);
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      RelationshipRow last = rows.get(limit - 1);
      next =
          OpaqueCursors.encode(
              asOf.toString(), last.strength().toPlainString(), last.counterpartId().toString());
    }
    Instant now = asOf;
    return new RelationshipPage(rows.stream().map(r -> view(r, now)).toList(), next);
  }

  /** A member's cadences, in their export. */
  public record CadenceExport(UUID counterpartId, int everyDays, Instant setAt) {}

  public List<CadenceExport> exportCadences(UUID member) {
    return cadences.list("memberId = ?1 order by counterpartId", member).stream()
        .map(c -> new CadenceExport(c.counterpartId, c.everyDays, c.setAt))
        .toList();
  }

  /** Erasure: the member's cadences and other members' cadences with them go. */
  void erase(@Observes MemberErased erased) {
    cadences.delete("memberId = ?1 or counterpartId = ?1", erased.memberId());
  }

  /**
   * Sets the cadence; 422 when the counterpart is not a member, 503 when profile-service cannot
   * tell (checked before the transaction opens, so nothing is stored then).
   */
  public Relationship setCadence(UUID member, UUID counterpart, int everyDays) {
    caller.requireSelf(member);
    if (member.equals(counterpart)) {
      throw ProblemException.invalid("counterpartId", "must be someone else");
    }
    if (!members.existing(Set.of(counterpart)).contains(counterpart)) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE, "counterpartId: unknown member " + counterpart);
    }
    Instant now = clock.instant();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Cadence cadence =
                  cadences
                      .findByIdOptional(new Cadence.Key(member, counterpart))
                      .orElseGet(Cadence::new);
              boolean created = cadence.memberId == null;
              cadence.memberId = member;
              cadence.counterpartId = counterpart;
              cadence.everyDays = everyDays;
              cadence.setAt = now;
              if (created) {
                cadences.persist(cadence);
              }
            });
    return relationship(member, counterpart, now);
  }

  @Transactional
  public void removeCadence(UUID member, UUID counterpart) {
    caller.requireSelf(member);
    if (!cadences.deleteById(new Cadence.Key(member, counterpart))) {
      throw ProblemException.notFound("No cadence with " + counterpart + ".");
    }
  }

  private Relationship relationship(UUID member, UUID counterpart, Instant asOf) {
    return insights
        .relationships(
            member,
            asOf,
            "counterpart_id = :counterpart",
            "counterpart_id",
            Map.of("counterpart", counterpart),
            1)
        .stream()
        .map(r -> view(r, asOf))
        .findFirst()
        .orElseThrow();
  }

  public NudgeList nudges(UUID member) {
    caller.requireSelf(member);
    Instant now = clock.instant();
    Instant recent = now.minus(Duration.ofDays(RECENT_DAYS));
    List<Nudge> nudges = new ArrayList<>();
    for (var tagged : insights.nudgeRelationships(member, now)) {
      nudges.add(relationshipNudge(tagged.getKey(), tagged.getValue(), now));
    }
    List<String> practised = insights.typesSince(member, recent);
    for (ActivityType type : ActivityType.values()) {
      if (!practised.contains(type.name())) {
        nudges.add(
            new Nudge(
                "PRACTISE_WAY",
                "You have not practised way "
                    + type.way()
                    + " ("
                    + type
                    + ") in the last "
                    + RECENT_DAYS
                    + " days.",
                switch (type) {
                  case CONTRIBUTION -> "Offer an hour of advice or mentoring to someone.";
                  case DISCUSSION -> "Join a discussion or comment where you can help.";
                  case KNOWLEDGE_SHARE ->
                      "Share an article with the people it helps, with your takeaway.";
                  case LEARNING -> "Start a course, ideally with a companion.";
                },
                null,
                null,
                null,
                type));
      }
    }
    for (var course :
        insights.coursesOwingAnInsight(member, recent, now.minus(Duration.ofDays(7)))) {
      nudges.add(
          new Nudge(
              "INSIGHT_OWED",
              "You study this course with "
                  + course.companions().split(",").length
                  + " companion(s) and have shared no insight this week.",
              "Log an INSIGHT for the course so your companions learn from it too.",
              UUID.fromString(course.companions().split(",")[0]),
              null,
              course.courseId(),
              ActivityType.LEARNING));
    }
    for (var share : insights.sharesWithoutRecipients(member, recent)) {
      nudges.add(
          new Nudge(
              "ADDRESS_SHARE",
              "You shared '" + share.title() + "' with no one in particular.",
              "Send it to the people it would help most, saying why it matters to them.",
              null,
              share.activityId(),
              null,
              ActivityType.KNOWLEDGE_SHARE));
    }
    return new NudgeList(nudges);
  }

  private static Nudge relationshipNudge(String kind, RelationshipRow r, Instant now) {
    return switch (kind) {
      case "OVERDUE_CADENCE" -> {
        long days = r.lastAt() == null ? -1 : Duration.between(r.lastAt(), now).toDays();
        yield new Nudge(
            kind,
            "You meant to be in touch every "
                + r.everyDays()
                + " days"
                + (days >= 0 ? "; your last interaction was " + days + " days ago." : "."),
            "Get in touch and log it: any interaction resets the cadence.",
            r.counterpartId(),
            null,
            null,
            null);
      }
      case "RECONNECT" ->
          new Nudge(
              kind,
              String.format(
                  java.util.Locale.ROOT,
                  "One of your strongest fading relationships: strength %.1f, last interaction %d"
                      + " days ago.",
                  r.strength().doubleValue(),
                  Duration.between(r.lastAt(), now).toDays()),
              "Reconnect before it goes dormant: share something useful or propose a call.",
              r.counterpartId(),
              null,
              null,
              null);
      default ->
          new Nudge(
              kind,
              "You have mostly received in this relationship (given "
                  + r.givenWeight()
                  + ", received "
                  + r.receivedWeight()
                  + ").",
              "Give before you ask again: an introduction, advice or a resource for them.",
              r.counterpartId(),
              null,
              null,
              null);
    };
  }

  private static Relationship view(RelationshipRow r, Instant now) {
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
        r.strength().setScale(3, java.math.RoundingMode.HALF_UP).doubleValue(),
        Strength.status(r.strength().doubleValue()),
        cadence);
  }

  private static Period window(String window) {
    try {
      Period period = Period.parse(window);
      if (period.isNegative() || period.isZero()) {
        throw ProblemException.invalid("window", "must be a positive period of at most P1Y");
      }
      return period;
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          "window", "'" + window + "' is not an ISO-8601 period such as P30D or P4W");
    }
  }
}
