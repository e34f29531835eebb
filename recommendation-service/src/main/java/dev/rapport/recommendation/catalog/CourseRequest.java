package dev.rapport.recommendation.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course as an admin writes it; the url identifies it in bulk imports. */
@Schema(name = "CourseRequest")
public record CourseRequest(
    @NotNull @Schema(examples = "COURSERA") Provider provider,
    @NotBlank @Size(max = 300) @Schema(examples = "Data Engineering with Python and SQL")
        String title,
    @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(examples = "https://www.coursera.org/learn/data-engineering-python-sql")
        String url,
    @Size(max = 5000)
        @Schema(examples = "Build batch and streaming pipelines with Python, SQL and Airflow.")
        String description,
    @Size(max = 20)
        @Schema(description = "Normalised to lower case", examples = "[\"data engineering\"]")
        List<@NotBlank @Size(max = 60) String> topics,
    @Size(max = 20)
        @Schema(description = "Skills taught, normalised to lower case", examples = "[\"sql\"]")
        List<@NotBlank @Size(max = 60) String> skills,
    @NotNull @Schema(examples = "INTERMEDIATE") Level level,
    @NotNull @Min(1) @Max(100_000) @Schema(examples = "840") Integer durationMinutes,
    @NotBlank @Size(max = 35) @Schema(description = "BCP 47 tag", examples = "en") String language,
    @DecimalMin("0.0") @DecimalMax("5.0") @Schema(examples = "4.6") BigDecimal rating,
    @PositiveOrZero @Schema(examples = "12840") Integer ratingCount,
    @Schema(
            description = "When the next cohort starts; absent for a self-paced course",
            examples = "2026-12-01T09:00:00Z")
        Instant cohortStart) {}
