package dev.rapport.recommendation.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an item is recommended, in the member's own terms. */
@Schema(name = "Reason")
public record Reason(
    @Schema(examples = "SOCIAL") Signal signal,
    @Schema(examples = "3 of your connections are enrolled: Ana, Ben, Chen") String text) {}
