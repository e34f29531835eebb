package dev.rapport.recommendation.ranking;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The next step a study-buddy suggestion leads to: inviting that connection to a study circle for
 * the course, on activity-service. A frontend posts {@code {courseId, weeklyDay, invitees}} to
 * {@code href} (choosing the weekly day).
 */
@Schema(name = "CircleInvite")
public record CircleInvite(
    @Schema(examples = "POST") String method,
    @Schema(
            description = "activity-service's study circles (through the gateway: the same path)",
            examples = "/api/v1/study-circles")
        String href,
    @Schema(examples = "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a") UUID courseId,
    @Schema(examples = "[\"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]") List<UUID> invitees) {

  static CircleInvite to(UUID course, UUID member) {
    return new CircleInvite("POST", "/api/v1/study-circles", course, List.of(member));
  }
}
