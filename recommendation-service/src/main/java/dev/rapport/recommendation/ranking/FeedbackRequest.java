package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.readmodel.FeedbackAction;
import dev.rapport.recommendation.readmodel.ItemType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackRequest")
public record FeedbackRequest(
    @NotNull @Schema(examples = "0b7d3c6e-5f21-4a7e-9a0c-2f4e8d1b6a55") UUID itemId,
    @NotNull @Schema(examples = "COURSE") ItemType itemType,
    @NotNull @Schema(examples = "DISMISSED") FeedbackAction action) {}
