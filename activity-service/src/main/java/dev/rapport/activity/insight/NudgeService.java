package dev.rapport.activity.insight;

import dev.rapport.activity.circle.CircleService;
import dev.rapport.activity.circle.CircleService.DueInsight;
import dev.rapport.activity.insight.InsightViews.Nudge;
import dev.rapport.activity.insight.InsightViews.NudgeList;
import dev.rapport.activity.insight.NudgeRepository.CourseRow;
import dev.rapport.activity.insight.NudgeRepository.ShareRow;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Concrete next actions for a member, each with its reason (see {@link NudgeKind}); owner only. */
@ApplicationScoped
public class NudgeService {

  private static final int RECENT_DAYS = 30;

  private final RelationshipRepository relationships;
  private final NudgeRepository nudges;
  private final CircleService circles;
  private final Caller caller;
  private final Clock clock;

  public NudgeService(
      RelationshipRepository relationships,
      NudgeRepository nudges,
      CircleService circles,
      Caller caller,
      Clock clock) {
    this.relationships = relationships;
    this.nudges = nudges;
    this.circles = circles;
    this.caller = caller;
    this.clock = clock;
  }

  public NudgeList nudges(UUID member) {
    caller.requireSelf(member);
    Instant now = clock.instant();
    Instant recent = now.minus(Duration.ofDays(RECENT_DAYS));
    List<Nudge> list = new ArrayList<>();
    for (var tagged : relationships.behindNudges(member, now)) {
      list.add(relationshipNudge(tagged.nudge(), tagged.row(), now));
    }
    List<String> practised = nudges.typesSince(member, recent);
    for (ActivityType type : ActivityType.values()) {
      if (!practised.contains(type.name())) {
        list.add(practiseWay(type));
      }
    }
    for (CourseRow course :
        nudges.coursesOwingAnInsight(member, recent, now.minus(Duration.ofDays(7)))) {
      list.add(insightOwed(course));
    }
    for (ShareRow share : nudges.sharesWithoutRecipients(member, recent)) {
      list.add(addressShare(share));
    }
    for (DueInsight circle : circles.insightDue(member, now)) {
      list.add(circleInsightDue(circle));
    }
    return new NudgeList(list);
  }

  private static Nudge practiseWay(ActivityType type) {
    return new Nudge(
        NudgeKind.PRACTISE_WAY.name(),
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
          case KNOWLEDGE_SHARE -> "Share an article with the people it helps, with your takeaway.";
          case LEARNING -> "Start a course, ideally with a companion.";
        },
        null,
        null,
        null,
        type,
        null);
  }

  private static Nudge insightOwed(CourseRow course) {
    List<UUID> companions = course.companionIds();
    return new Nudge(
        NudgeKind.INSIGHT_OWED.name(),
        "You study this course with "
            + companions.size()
            + " companion(s) and have shared no insight this week.",
        "Log an INSIGHT for the course so your companions learn from it too.",
        companions.get(0),
        null,
        course.courseId(),
        ActivityType.LEARNING,
        null);
  }

  private static Nudge circleInsightDue(DueInsight circle) {
    return new Nudge(
        NudgeKind.CIRCLE_INSIGHT_DUE.name(),
        "Your study circle shares an insight every "
            + circle.weeklyDay()
            + " and you have shared none this week.",
        "Log an INSIGHT for the course: your circle sees it at once.",
        null,
        null,
        circle.courseId(),
        ActivityType.LEARNING,
        circle.circleId());
  }

  private static Nudge addressShare(ShareRow share) {
    return new Nudge(
        NudgeKind.ADDRESS_SHARE.name(),
        "You shared '" + share.title() + "' with no one in particular.",
        "Send it to the people it would help most, saying why it matters to them.",
        null,
        share.activityId(),
        null,
        ActivityType.KNOWLEDGE_SHARE,
        null);
  }

  private static Nudge relationshipNudge(NudgeKind kind, RelationshipRow r, Instant now) {
    return switch (kind) {
      case OVERDUE_CADENCE -> {
        long days = r.lastAt() == null ? -1 : Duration.between(r.lastAt(), now).toDays();
        yield relationshipNudge(
            kind,
            r,
            "You meant to be in touch every "
                + r.everyDays()
                + " days"
                + (days >= 0 ? "; your last interaction was " + days + " days ago." : "."),
            "Get in touch and log it: any interaction resets the cadence.");
      }
      case RECONNECT ->
          relationshipNudge(
              kind,
              r,
              String.format(
                  Locale.ROOT,
                  "One of your strongest fading relationships: strength %.1f, last interaction %d"
                      + " days ago.",
                  r.strength().doubleValue(),
                  Duration.between(r.lastAt(), now).toDays()),
              "Reconnect before it goes dormant: share something useful or propose a call.");
      case GIVE_FIRST ->
          relationshipNudge(
              kind,
              r,
              "You have mostly received in this relationship (given "
                  + r.givenWeight()
                  + ", received "
                  + r.receivedWeight()
                  + ").",
              "Give before you ask again: an introduction, advice or a resource for them.");
      default -> throw new IllegalArgumentException("Not a relationship nudge: " + kind);
    };
  }

  private static Nudge relationshipNudge(
      NudgeKind kind, RelationshipRow r, String reason, String action) {
    return new Nudge(kind.name(), reason, action, r.counterpartId(), null, null, null, null);
  }
}
