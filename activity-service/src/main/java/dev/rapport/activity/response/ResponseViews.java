package dev.rapport.activity.response;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the responses API reads and writes. */
public final class ResponseViews {

  private ResponseViews() {}

  /** The longest text a response may carry. */
  static final int MAX_TEXT = 2000;

  @Schema(name = "ResponseRequest")
  public record ResponseRequest(
      @NotNull @Schema(examples = "THANKS") ResponseKind kind,
      @Size(max = MAX_TEXT)
          @Schema(
              description = "Required for a REPLY (1 to 2000 characters), optional for THANKS",
              examples = "Thank you, this is exactly what our team needed this week.")
          String text) {}

  @Schema(name = "ActivityResponse")
  public record ResponseView(
      @Schema(examples = "0b7e6d5c-4a3b-4c2d-9e1f-0a9b8c7d6e5f") UUID id,
      @Schema(examples = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID activityId,
      @Schema(
              description = "Who responded: a member the activity is addressed to",
              examples = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
          UUID memberId,
      @Schema(examples = "THANKS") ResponseKind kind,
      @Schema(
              description = "Absent for a THANKS without text",
              nullable = true,
              examples = "Thank you, this is exactly what our team needed this week.")
          String text,
      @Schema(examples = "2026-11-21T09:12:00Z") Instant createdAt) {}

  @Schema(name = "ActivityResponsePage")
  public record ResponsePage(
      List<ResponseView> items,
      @Schema(description = "Pass as cursor for the next page; null on the last", nullable = true)
          String nextCursor) {}
}
