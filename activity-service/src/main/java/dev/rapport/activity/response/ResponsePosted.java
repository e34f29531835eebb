package dev.rapport.activity.response;

import java.time.Instant;
import java.util.UUID;

/** A member responded to an activity; fired synchronously in the response's transaction. */
public record ResponsePosted(
    UUID responseId, UUID activityId, UUID responderId, UUID authorId, Instant at) {}
