package dev.rapport.activity.insight;

import java.time.Instant;
import java.util.UUID;

/** A member's cadence, in their export. */
public record CadenceExport(UUID counterpartId, int everyDays, Instant setAt) {}
