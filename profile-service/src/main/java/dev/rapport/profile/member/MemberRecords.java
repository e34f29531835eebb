package dev.rapport.profile.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the member endpoints read and write. */
public final class MemberRecords {

  private MemberRecords() {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(
      name = "MemberProfile",
      description =
          "A member as the caller may see them: sections the caller may not see are null"
              + " (location and timezone follow the location section's visibility).")
  public record MemberProfile(
      @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID id,
      @Schema(examples = "Ana Lima") String displayName,
      @Schema(examples = "Data scientist helping retailers forecast demand") String headline,
      @Schema(examples = "Lisbon, Portugal") String location,
      @Schema(examples = "Europe/Lisbon") String timezone,
      @Schema(examples = "https://images.example.com/ana.png") String avatarUrl,
      Instant createdAt,
      Instant updatedAt,
      PositioningView positioning) {}

  @Schema(
      name = "MemberPatch",
      description =
          "A JSON merge patch (RFC 7386, application/merge-patch+json): fields present are set,"
              + " null clears them (displayName cannot be cleared), fields left out stay.")
  public record MemberPatch(
      @Schema(description = "1..100 characters", examples = "Ana Lima") String displayName,
      @Schema(description = "At most 120 characters", examples = "Data scientist for retail")
          String headline,
      @Schema(description = "At most 100 characters", examples = "Lisbon, Portugal")
          String location,
      @Schema(description = "An IANA time-zone id", examples = "Europe/Lisbon") String timezone,
      @Schema(
              description = "An http(s) URL, at most 500 characters",
              examples = "https://images.example.com/ana.png")
          String avatarUrl) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "MemberPage")
  public record MemberPage(
      List<MemberProfile> items,
      @Schema(
              description =
                  "Search only: pass as cursor= for the next page; absent on the last page")
          String nextCursor) {}
}
