package dev.rapport.activity.circle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Members were invited to a study circle; fired synchronously in the inviting transaction. */
public record CircleInvited(
    UUID circleId, UUID courseId, UUID inviterId, List<UUID> invitees, Instant at) {}
