package dev.rapport.recommendation.ranking;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recommended item with its score (higher is better, comparable within one answer). */
public record Recommendation<T>(
    T item, @Schema(examples = "7.25") double score, List<Reason> reasons) {}
