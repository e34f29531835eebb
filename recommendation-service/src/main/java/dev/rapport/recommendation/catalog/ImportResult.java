package dev.rapport.recommendation.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk import did: importing the same array again creates and updates nothing. */
@Schema(name = "ImportResult")
public record ImportResult(
    @Schema(examples = "12") int created,
    @Schema(examples = "3") int updated,
    @Schema(examples = "185") int unchanged) {}
