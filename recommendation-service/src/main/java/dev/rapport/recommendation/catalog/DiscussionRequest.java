package dev.rapport.recommendation.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A discussion as an admin writes it. */
@Schema(name = "DiscussionRequest")
public record DiscussionRequest(
    @NotNull @Schema(examples = "GROUP") DiscussionKind kind,
    @NotBlank @Size(max = 300) @Schema(examples = "HEC Paris Alumni in Tech") String title,
    @Size(max = 5000)
        @Schema(examples = "Alumni of HEC Paris working in technology: meetups, jobs, mentoring.")
        String description,
    @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(examples = "https://www.linkedin.com/groups/hec-paris-alumni-tech")
        String url,
    @Size(max = 20) @Schema(description = "Normalised to lower case", examples = "[\"technology\"]")
        List<@NotBlank @Size(max = 60) String> topics,
    @NotNull @Schema(examples = "ALUMNI") Community community,
    @Size(max = 200)
        @Schema(
            description = "The school or organization the discussion is for, if any",
            examples = "HEC Paris")
        String audience,
    @NotNull @Schema(examples = "HIGH") ActivityLevel activityLevel) {}
