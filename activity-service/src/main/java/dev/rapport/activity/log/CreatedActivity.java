package dev.rapport.activity.log;

import java.util.UUID;

/** A created (or replayed) activity: its id and the JSON body of the first response. */
public record CreatedActivity(UUID id, String body, boolean replayed) {}
