package dev.rapport.activity.insight;

import dev.rapport.activity.insight.InsightViews.KindCount;
import dev.rapport.activity.insight.InsightViews.Summary;
import dev.rapport.activity.insight.InsightViews.WayCount;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a member did in a window: counts per way, type and kind, hours, reach, streak; owner only.
 */
@ApplicationScoped
public class SummaryService {

  private final SummaryRepository summaries;
  private final Caller caller;
  private final Clock clock;

  public SummaryService(SummaryRepository summaries, Caller caller, Clock clock) {
    this.summaries = summaries;
    this.caller = caller;
    this.clock = clock;
  }

  /** Per type: how many activities and their weight. */
  private record Totals(long count, long weight) {
    static final Totals NONE = new Totals(0, 0);

    Totals plus(Totals other) {
      return new Totals(count + other.count, weight + other.weight);
    }
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
    Map<ActivityType, Totals> perType = new EnumMap<>(ActivityType.class);
    List<KindCount> kinds = new ArrayList<>();
    BigDecimal hours = BigDecimal.ZERO;
    long total = 0;
    long totalWeight = 0;
    for (var row : summaries.countsByTypeAndKind(member, from)) {
      ActivityType type = ActivityType.valueOf(row.type());
      perType.merge(type, new Totals(row.count(), row.weight()), Totals::plus);
      kinds.add(new KindCount(type, row.kind(), row.count()));
      hours = hours.add(row.hours());
      total += row.count();
      totalWeight += row.weight();
    }
    List<WayCount> ways = new ArrayList<>();
    List<ActivityType> notPractised = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      Totals totals = perType.getOrDefault(type, Totals.NONE);
      ways.add(new WayCount(type.way(), type, totals.count(), totals.weight()));
      if (totals.count() == 0) {
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
        summaries.peopleReached(member, from),
        summaries.weeklyStreak(member, asOf, week),
        notPractised);
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
