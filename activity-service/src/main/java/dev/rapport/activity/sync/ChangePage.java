package dev.rapport.activity.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.activity.log.ActivityView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityChangePage")
public record ChangePage(
    List<Change> changes,
    @Schema(
            description =
                "Resume from here; the after value (or the start) when there were no changes",
            examples = "NzYxOjQy")
        String nextCursor) {

  @Schema(name = "ActivityChange")
  public record Change(
      @Schema(description = "Opaque position of this change", examples = "NzYxOjQy") String cursor,
      @Schema(examples = "ACTIVITY") String entity,
      @Schema(examples = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID entityId,
      @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID memberId,
      @Schema(
              enumeration = {"UPSERT", "DELETE"},
              examples = "UPSERT")
          String operation,
      @Schema(examples = "2026-11-20T18:31:02Z") Instant changedAt,
      @Schema(
              implementation = ActivityView.class,
              description = "The activity after the change; null for DELETE")
          JsonNode data) {}
}
