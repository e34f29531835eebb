package dev.rapport.recommendation.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Course")
public record CourseView(
    @Schema(examples = "0b7d3c6e-5f21-4a7e-9a0c-2f4e8d1b6a55") UUID id,
    @Schema(examples = "COURSERA") Provider provider,
    @Schema(examples = "Data Engineering with Python and SQL") String title,
    @Schema(examples = "https://www.coursera.org/learn/data-engineering-python-sql") String url,
    String description,
    @Schema(examples = "[\"data engineering\"]") List<String> topics,
    @Schema(examples = "[\"sql\"]") List<String> skills,
    @Schema(examples = "INTERMEDIATE") Level level,
    @Schema(examples = "840") int durationMinutes,
    @Schema(examples = "en") String language,
    @Schema(examples = "4.6") BigDecimal rating,
    @Schema(examples = "12840") int ratingCount,
    @Schema(description = "Absent for a self-paced course", examples = "2026-12-01T09:00:00Z")
        Instant cohortStart,
    Instant createdAt,
    Instant updatedAt) {

  static CourseView of(Course c) {
    return new CourseView(
        c.id,
        c.provider,
        c.title,
        c.url,
        c.description,
        List.of(c.topics),
        List.of(c.skills),
        c.level,
        c.durationMinutes,
        c.language,
        c.rating,
        c.ratingCount,
        c.cohortStart,
        c.createdAt,
        c.updatedAt);
  }
}
