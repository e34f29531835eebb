package dev.rapport.activity.export;

import dev.rapport.activity.circle.CircleViews.StudyCircle;
import dev.rapport.activity.inbox.InboxViews.InboxItem;
import dev.rapport.activity.insight.CadenceExport;
import dev.rapport.activity.log.ActivityView;
import dev.rapport.activity.response.ResponseViews.ResponseView;
import dev.rapport.activity.webhook.WebhookViews.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything activity-service holds about one member. */
@Schema(description = "Everything activity-service holds about one member")
public record ActivityExport(
    UUID memberId,
    Instant exportedAt,
    @Schema(description = "The member's activities, newest first") List<ActivityView> activities,
    @Schema(description = "The member's stay-in-touch cadences") List<CadenceExport> cadences,
    @Schema(description = "The thanks and replies the member wrote, newest first")
        List<ResponseView> responses,
    @Schema(description = "The member's inbox, newest first") List<InboxItem> inbox,
    @Schema(description = "The study circles the member is in or invited to")
        List<StudyCircle> studyCircles,
    @Schema(description = "The member's webhooks (without their secrets)")
        List<Webhook> webhooks) {}
