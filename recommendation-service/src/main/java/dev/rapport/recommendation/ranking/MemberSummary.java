package dev.rapport.recommendation.ranking;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member as the read model knows them. */
@Schema(name = "MemberSummary")
public record MemberSummary(
    @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID id,
    @Schema(examples = "Ana Lima") String displayName,
    @Schema(examples = "Data engineer at Mercado Libre") String headline) {}
