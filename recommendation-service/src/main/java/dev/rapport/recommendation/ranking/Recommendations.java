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
                "positioning (the member feed is down and no positioning of the member has"
                    + " reached this service yet), recentActivity (activity feed down),"
                    + " recentConnections (member feed down: connections and positionings may be"
                    + " stale)",
            examples = "[]")
        List<String> missingSignals) {}
