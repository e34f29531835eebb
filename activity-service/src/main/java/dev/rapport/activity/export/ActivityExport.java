package dev.rapport.activity.export;

import dev.rapport.activity.insight.CadenceExport;
import dev.rapport.activity.log.ActivityView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything activity-service holds about one member. */
@Schema(description = "Everything activity-service holds about one member")
public record ActivityExport(
    UUID memberId,
    Instant exportedAt,
    @Schema(description = "The member's activities, newest first") List<ActivityView> activities,
    @Schema(description = "The member's stay-in-touch cadences") List<CadenceExport> cadences) {}
