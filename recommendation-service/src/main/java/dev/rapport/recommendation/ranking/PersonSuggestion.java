package dev.rapport.recommendation.ranking;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member suggested as a study buddy or as someone to share an article with. */
@Schema(name = "PersonSuggestion")
public record PersonSuggestion(
    MemberSummary member, @Schema(examples = "4.3") double score, List<Reason> reasons) {}
