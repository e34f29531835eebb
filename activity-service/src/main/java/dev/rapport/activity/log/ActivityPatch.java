package dev.rapport.activity.log;

import dev.rapport.activity.log.ActivityDetails.Contribution;
import dev.rapport.activity.log.ActivityDetails.Discussion;
import dev.rapport.activity.log.ActivityDetails.KnowledgeShare;
import dev.rapport.activity.log.ActivityDetails.Learning;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Changes to an activity: each field given replaces the stored one (a type section is replaced
 * whole and validated like on creation); the type itself cannot change.
 */
@Schema(name = "ActivityPatch")
public record ActivityPatch(
    @Schema(examples = "2026-11-20T18:30:00Z") Instant occurredAt,
    @Size(max = 10) @Schema(examples = "[\"java\"]")
        List<@NotNull @Pattern(regexp = Topics.PATTERN, message = Topics.MESSAGE) String> topics,
    @Schema(examples = "MUTUAL") Direction direction,
    @Schema(examples = "PRIVATE") Visibility visibility,
    @Valid Contribution contribution,
    @Valid Discussion discussion,
    @Valid KnowledgeShare knowledgeShare,
    @Valid Learning learning) {}
