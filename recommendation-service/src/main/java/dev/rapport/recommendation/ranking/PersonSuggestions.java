package dev.rapport.recommendation.ranking;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ranked members, degraded like {@link Recommendations} when a feed is down. */
@Schema(name = "PersonSuggestions")
public record PersonSuggestions(
    List<PersonSuggestion> items,
    @Schema(examples = "false") boolean degraded,
    @Schema(examples = "[]") List<String> missingSignals) {}
