package dev.rapport.recommendation.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Discussion")
public record DiscussionView(
    @Schema(examples = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
    @Schema(examples = "GROUP") DiscussionKind kind,
    @Schema(examples = "HEC Paris Alumni in Tech") String title,
    String description,
    @Schema(examples = "https://www.linkedin.com/groups/hec-paris-alumni-tech") String url,
    @Schema(examples = "[\"technology\"]") List<String> topics,
    @Schema(examples = "ALUMNI") Community community,
    @Schema(examples = "HEC Paris") String audience,
    @Schema(examples = "HIGH") ActivityLevel activityLevel,
    Instant createdAt,
    Instant updatedAt) {

  static DiscussionView of(Discussion d) {
    return new DiscussionView(
        d.id,
        d.kind,
        d.title,
        d.description,
        d.url,
        List.of(d.topics),
        d.community,
        d.audience,
        d.activityLevel,
        d.createdAt,
        d.updatedAt);
  }
}
