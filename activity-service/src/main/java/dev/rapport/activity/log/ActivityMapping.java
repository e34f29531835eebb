package dev.rapport.activity.log;

import dev.rapport.activity.insight.WeeklyRollups;
import dev.rapport.activity.log.ActivityDetails.Contribution;
import dev.rapport.activity.log.ActivityDetails.Discussion;
import dev.rapport.activity.log.ActivityDetails.KnowledgeShare;
import dev.rapport.activity.log.ActivityDetails.Learning;
import dev.rapport.activity.log.Kinds.Channel;
import dev.rapport.activity.log.Kinds.ContributionKind;
import dev.rapport.activity.log.Kinds.DiscussionKind;
import dev.rapport.activity.log.Kinds.LearningKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Between the stored activity and what the API shows: a checked request applied to the entity, the
 * entity as a view, and what it adds to the weekly rollups.
 */
final class ActivityMapping {

  private ActivityMapping() {}

  /** Writes the checked request onto the entity; fields of other types are cleared. */
  static void apply(ActivityRules.Checked checked, Activity a, Instant now) {
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

  /** The activity as the API shows it. */
  static ActivityView view(Activity a) {
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

  /** What the activity adds to its week in the rollups. */
  static WeeklyRollups.Entry rollupEntry(Activity a) {
    return new WeeklyRollups.Entry(
        a.memberId, a.occurredAt, a.type, a.kind, a.weight, a.hours, a.direction.name());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
