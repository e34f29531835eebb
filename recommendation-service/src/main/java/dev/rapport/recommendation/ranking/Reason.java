package dev.rapport.recommendation.ranking;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an item is recommended, in the member's own terms. */
@Schema(name = "Reason")
public record Reason(
    @Schema(examples = "SOCIAL") Signal signal,
    @Schema(examples = "3 of your connections are enrolled: Ana, Ben, Chen") String text,
    @Schema(
            description =
                "The members this reason names or describes, so a frontend can link them; left out"
                    + " when it names no one")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<UUID> memberIds) {

  public Reason(Signal signal, String text) {
    this(signal, text, List.of());
  }
}
