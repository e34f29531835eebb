package dev.rapport.recommendation.readmodel;

import dev.rapport.recommendation.client.MemberProfile;
import dev.rapport.recommendation.readmodel.EngagementRepository.StoredActivity;
import dev.rapport.recommendation.readmodel.EngagementRepository.StoredEngagement;
import dev.rapport.recommendation.readmodel.MemberRepository.StoredMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A member's export from the rows the read model holds: feedback apart from other engagements. */
final class MemberExports {

  private static final String FEEDBACK = "FEEDBACK";

  private MemberExports() {}

  static MemberExport of(
      UUID id,
      Instant now,
      Optional<StoredMember> stored,
      List<StoredActivity> activities,
      List<StoredEngagement> engagements,
      List<MemberExport.Connection> connections,
      JsonRows json) {
    List<MemberExport.Engagement> taken = new ArrayList<>();
    List<MemberExport.Feedback> feedback = new ArrayList<>();
    for (StoredEngagement e : engagements) {
      if (FEEDBACK.equals(e.source())) {
        feedback.add(
            new MemberExport.Feedback(e.itemType(), e.itemId(), e.action(), e.occurredAt()));
      } else {
        taken.add(
            new MemberExport.Engagement(
                e.itemType(),
                e.itemId(),
                e.action(),
                e.activityId(),
                e.shared(),
                e.isPublic(),
                e.occurredAt()));
      }
    }
    return new MemberExport(
        id,
        now,
        stored
            .map(m -> new MemberExport.Member(m.displayName(), m.headline(), m.updatedAt()))
            .orElse(null),
        stored.flatMap(m -> positioning(m, json)).orElse(null),
        activities.stream()
            .map(
                a ->
                    new MemberExport.Activity(
                        a.id(), a.type(), texts(a.topics()), a.shared(), a.occurredAt()))
            .toList(),
        taken,
        feedback,
        connections);
  }

  private static Optional<MemberExport.Positioning> positioning(StoredMember m, JsonRows json) {
    if (m.positioning() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new MemberExport.Positioning(
            json.read(m.positioning(), MemberProfile.Positioning.class),
            new MemberExport.Views(
                texts(m.interests()),
                texts(m.growSkills()),
                texts(m.expertSkills()),
                texts(m.goalTopics()),
                texts(m.affiliations()),
                texts(m.topics()),
                texts(m.sharedTopics()),
                texts(m.publicTopics()),
                texts(m.sharedGoalTopics()),
                texts(m.publicGoalTopics()))));
  }

  private static List<String> texts(String[] values) {
    return values == null ? List.of() : List.of(values);
  }
}
