package dev.rapport.recommendation.ranking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article the member wants to share. */
@Schema(name = "ShareRequest")
public record ShareRequest(
    @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(examples = "https://example.com/blog/streaming-joins-explained")
        String url,
    @NotBlank @Size(max = 300) @Schema(examples = "Streaming joins, explained") String title,
    @NotEmpty @Size(max = 20) @Schema(examples = "[\"data engineering\", \"apache kafka\"]")
        List<@NotBlank @Size(max = 60) String> topics) {}
