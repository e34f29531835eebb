package dev.rapport.activity.log;

import dev.rapport.activity.log.ActivityDetails.Contribution;
import dev.rapport.activity.log.ActivityDetails.Discussion;
import dev.rapport.activity.log.ActivityDetails.KnowledgeShare;
import dev.rapport.activity.log.ActivityDetails.Learning;
import dev.rapport.activity.log.Kinds.Channel;
import dev.rapport.activity.log.Kinds.DiscussionKind;
import dev.rapport.activity.log.Kinds.LearningKind;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.activity.way.Weights;
import dev.rapport.common.web.Problem;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules each activity type must follow, beyond what Bean Validation checks field by field.
 * Returns the activity as it will be stored (defaults applied, counterparts derived) or throws one
 * 400 problem listing every broken rule.
 */
final class ActivityRules {

  /** An activity that passed the rules, ready to store. */
  record Checked(
      ActivityRequest request,
      String kind,
      int weight,
      Instant occurredAt,
      List<String> topics,
      List<UUID> counterparts,
      String counterpartField,
      Direction direction,
      Visibility visibility) {}

  private ActivityRules() {}

  static Checked check(ActivityRequest r, UUID me, Instant now, Duration maxFutureSkew) {
    List<Problem.FieldError> errors = new ArrayList<>();
    section(errors, r.type(), ActivityType.CONTRIBUTION, "contribution", r.contribution());
    section(errors, r.type(), ActivityType.DISCUSSION, "discussion", r.discussion());
    section(errors, r.type(), ActivityType.KNOWLEDGE_SHARE, "knowledgeShare", r.knowledgeShare());
    section(errors, r.type(), ActivityType.LEARNING, "learning", r.learning());
    Instant occurredAt =
        (r.occurredAt() == null ? now : r.occurredAt()).truncatedTo(ChronoUnit.MICROS);
    if (occurredAt.isAfter(now.plus(maxFutureSkew))) {
      errors.add(
          new Problem.FieldError(
              "occurredAt",
              "must not be more than " + maxFutureSkew.toMinutes() + " minutes in the future"));
    }
    String kind = null;
    List<UUID> members = List.of();
    String field = "counterparts";
    Direction defaultDirection = Direction.MUTUAL;
    switch (r.type()) {
      case CONTRIBUTION -> {
        Contribution c = r.contribution();
        defaultDirection = Direction.GIVEN;
        field = "contribution.beneficiaries";
        if (c != null) {
          kind = c.kind().name();
          members = orEmpty(c.beneficiaries());
          if (members.isEmpty() && (c.community() == null || c.community().isBlank())) {
            errors.add(
                new Problem.FieldError(
                    "contribution.beneficiaries",
                    "name at least one beneficiary: member ids and/or a community"));
          }
        }
      }
      case DISCUSSION -> {
        Discussion d = r.discussion();
        field = "discussion.participants";
        if (d != null) {
          kind = d.kind().name();
          members = orEmpty(d.participants());
          if (d.discussionId() == null && d.url() == null) {
            errors.add(new Problem.FieldError("discussion", "needs a discussionId or a url"));
          } else if (d.discussionId() != null && d.url() != null) {
            errors.add(
                new Problem.FieldError(
                    "discussion", "give either a discussionId or a url, not both"));
          }
          httpUrl(errors, "discussion.url", d.url());
          if (d.kind() == DiscussionKind.VIDEO_CALL && members.isEmpty()) {
            errors.add(
                new Problem.FieldError(
                    "discussion.participants", "a VIDEO_CALL needs at least one participant"));
          }
        }
      }
      case KNOWLEDGE_SHARE -> {
        KnowledgeShare k = r.knowledgeShare();
        defaultDirection = Direction.GIVEN;
        field = "knowledgeShare.recipients";
        kind = Weights.SHARED;
        if (k != null) {
          members = orEmpty(k.recipients());
          httpUrl(errors, "knowledgeShare.url", k.url());
          atLeast20(errors, "knowledgeShare.takeaway", k.takeaway());
          atLeast20(errors, "knowledgeShare.whyItMatters", k.whyItMatters());
          if (k.channel() != Channel.FEED && members.isEmpty()) {
            errors.add(
                new Problem.FieldError(
                    "knowledgeShare.recipients",
                    "a share by " + k.channel() + " needs at least one recipient"));
          }
        }
      }
      case LEARNING -> {
        Learning l = r.learning();
        field = "learning.companions";
        if (l != null) {
          kind = l.kind().name();
          members = orEmpty(l.companions());
          if (l.kind() == LearningKind.PROGRESS && l.percent() == null) {
            errors.add(new Problem.FieldError("learning.percent", "is required for PROGRESS"));
          } else if (l.kind() != LearningKind.PROGRESS && l.percent() != null) {
            errors.add(new Problem.FieldError("learning.percent", "is only for PROGRESS"));
          }
          if (l.kind() == LearningKind.INSIGHT) {
            atLeast20(errors, "learning.insight", l.insight());
          } else if (l.insight() != null) {
            errors.add(new Problem.FieldError("learning.insight", "is only for INSIGHT"));
          }
        }
      }
    }
    List<UUID> counterparts = List.copyOf(new LinkedHashSet<>(members));
    if (counterparts.contains(me)) {
      errors.add(new Problem.FieldError(field, "must not include yourself"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          errors.stream()
              .map(e -> e.field() + ": " + e.message())
              .collect(Collectors.joining("; ")),
          errors,
          Map.of());
    }
    List<String> topics =
        orEmpty(r.topics()).stream()
            .map(t -> t.strip().toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    return new Checked(
        r,
        kind,
        Weights.of(r.type(), kind),
        occurredAt,
        topics,
        counterparts,
        field,
        r.direction() == null ? defaultDirection : r.direction(),
        r.visibility() == null ? Visibility.CONNECTIONS : r.visibility());
  }

  private static void section(
      List<Problem.FieldError> errors,
      ActivityType type,
      ActivityType owner,
      String name,
      Object value) {
    if (type == owner && value == null) {
      errors.add(new Problem.FieldError(name, "is required for type " + owner));
    } else if (type != owner && value != null) {
      errors.add(new Problem.FieldError(name, "must be absent for type " + type));
    }
  }

  private static void httpUrl(List<Problem.FieldError> errors, String field, String url) {
    if (url == null) {
      return;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        errors.add(new Problem.FieldError(field, "must be an absolute http or https URL"));
      }
    } catch (Exception e) {
      errors.add(new Problem.FieldError(field, "must be an absolute http or https URL"));
    }
  }

  private static void atLeast20(List<Problem.FieldError> errors, String field, String text) {
    if (text == null || text.strip().length() < 20) {
      errors.add(new Problem.FieldError(field, "must be at least 20 characters"));
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
