package dev.rapport.activity.log;

import dev.rapport.activity.log.ActivityDetails.Contribution;
import dev.rapport.activity.log.ActivityDetails.Discussion;
import dev.rapport.activity.log.ActivityDetails.KnowledgeShare;
import dev.rapport.activity.log.ActivityDetails.Learning;
import dev.rapport.activity.way.ActivityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new activity. Exactly the section named by {@code type} is given; the member is the caller (a
 * memberId in the body is ignored) and counterparts are derived from the section's member ids.
 */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
    @NotNull @Schema(examples = "CONTRIBUTION") ActivityType type,
    @Schema(
            description = "When it happened; at most 5 minutes in the future; default now",
            examples = "2026-11-20T18:30:00Z")
        Instant occurredAt,
    @Size(max = 10) @Schema(examples = "[\"java\", \"public-speaking\"]")
        List<@NotNull @Pattern(regexp = Topics.PATTERN, message = Topics.MESSAGE) String> topics,
    @Schema(
            description =
                "Default GIVEN for CONTRIBUTION and KNOWLEDGE_SHARE, MUTUAL for DISCUSSION and"
                    + " LEARNING",
            examples = "GIVEN")
        Direction direction,
    @Schema(description = "Default CONNECTIONS", examples = "CONNECTIONS") Visibility visibility,
    @Valid Contribution contribution,
    @Valid Discussion discussion,
    @Valid KnowledgeShare knowledgeShare,
    @Valid Learning learning) {}
