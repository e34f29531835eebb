package dev.rapport.activity.log;

import dev.rapport.activity.log.ActivityDetails.Contribution;
import dev.rapport.activity.log.ActivityDetails.Discussion;
import dev.rapport.activity.log.ActivityDetails.KnowledgeShare;
import dev.rapport.activity.log.ActivityDetails.Learning;
import dev.rapport.activity.way.ActivityType;
import dev.rapport.activity.way.Weights;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity as readers see it; the section of its type is set, the others are null. */
@Schema(name = "Activity", description = "A logged activity. " + Weights.DESCRIPTION)
public record ActivityView(
    @Schema(examples = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID id,
    @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID memberId,
    @Schema(examples = "CONTRIBUTION") ActivityType type,
    @Schema(
            description = "The kind within the type (SHARED for KNOWLEDGE_SHARE)",
            examples = "MENTORING")
        String kind,
    @Schema(description = "Weight of this type and kind, 1 to 12", examples = "11") int weight,
    @Schema(examples = "2026-11-20T18:30:00Z") Instant occurredAt,
    @Schema(examples = "[\"java\"]") List<String> topics,
    @Schema(
            description =
                "Every member involved: beneficiaries, participants, recipients or companions",
            examples = "[\"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]")
        List<UUID> counterparts,
    @Schema(examples = "GIVEN") Direction direction,
    @Schema(examples = "CONNECTIONS") Visibility visibility,
    @Schema(examples = "2026-11-20T18:31:02Z") Instant createdAt,
    @Schema(examples = "2026-11-20T18:31:02Z") Instant updatedAt,
    Contribution contribution,
    Discussion discussion,
    KnowledgeShare knowledgeShare,
    Learning learning) {}
