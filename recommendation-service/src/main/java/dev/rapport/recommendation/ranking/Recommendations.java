package dev.rapport.recommendation.ranking;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ranked answer. {@code degraded} is true when a signal could not be computed (a dependency is
 * down or the read model is behind); {@code missingSignals} names those signals.
 */
public record Recommendations<T>(
    List<Recommendation<T>> items,
    @Schema(examples = "false") boolean degraded,
    @Schema(
            description =
                "freshPositioning (profile-service unreachable: the read model's copy was used),"
                    + " positioning (no positioning known at all), recentActivity (activity feed"
                    + " down), recentConnections (member feed down)",
            examples = "[]")
        List<String> missingSignals) {}
