package dev.rapport.activity.webhook;

import dev.rapport.activity.inbox.InboxKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhooks API reads and writes. */
public final class WebhookViews {

  private WebhookViews() {}

  @Schema(name = "WebhookRequest")
  public record WebhookRequest(
      @NotNull
          @Size(max = 2048)
          @Schema(
              description = "Where deliveries are POSTed: https (http only in dev and tests)",
              examples = "https://app.example.org/hooks/rapport")
          String url,
      @NotNull
          @Size(min = 1, max = 10)
          @Schema(
              description = "The inbox kinds to deliver",
              examples = "[\"KNOWLEDGE_SHARE\", \"CONNECTION_REQUEST\"]")
          List<InboxKind> events) {}

  @Schema(name = "Webhook")
  public record Webhook(
      @Schema(examples = "4c3b2a19-0817-4f6e-9d5c-4b3a29180716") UUID id,
      String url,
      List<InboxKind> events,
      @Schema(
              description =
                  "ACTIVE, or DISABLED after deliveries kept failing (see disabledReason)",
              enumeration = {"ACTIVE", "DISABLED"},
              examples = "ACTIVE")
          String status,
      @Schema(nullable = true, description = "Why it was disabled") String disabledReason,
      @Schema(
              nullable = true,
              description = "The signing secret: in the registration's response only, never again",
              examples = "whsec_3q2-7wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
          String secret,
      Instant createdAt) {}

  @Schema(name = "WebhookList")
  public record WebhookList(List<Webhook> items) {}

  @Schema(name = "WebhookDelivery")
  public record Delivery(
      @Schema(description = "Also sent as the Rapport-Delivery header") UUID id,
      @Schema(examples = "KNOWLEDGE_SHARE") InboxKind event,
      @Schema(
              description =
                  "PENDING (will be tried, again after a failure), DELIVERED (a 2xx), FAILED (gave"
                      + " up)",
              enumeration = {"PENDING", "DELIVERED", "FAILED"},
              examples = "DELIVERED")
          String status,
      @Schema(examples = "1") int attempts,
      @Schema(nullable = true, description = "The receiver's last HTTP status", examples = "200")
          Integer lastStatus,
      @Schema(nullable = true, description = "The last failure, when it was not an HTTP status")
          String lastError,
      @Schema(nullable = true, description = "When the next attempt is due (PENDING)")
          Instant nextAttemptAt,
      Instant createdAt,
      @Schema(nullable = true) Instant deliveredAt) {}

  @Schema(name = "WebhookDeliveryList")
  public record DeliveryList(List<Delivery> items) {}

  /** The body of every delivery. */
  @Schema(name = "WebhookPayload")
  public record Payload(
      @Schema(description = "The delivery's id, as in the Rapport-Delivery header") UUID id,
      @Schema(examples = "inbox-item") String type,
      @Schema(examples = "KNOWLEDGE_SHARE") InboxKind event,
      @Schema(description = "When the delivery was queued") Instant createdAt,
      @Schema(description = "The inbox item, as GET /members/{id}/inbox shows it")
          dev.rapport.activity.inbox.InboxViews.InboxItem data) {}
}
