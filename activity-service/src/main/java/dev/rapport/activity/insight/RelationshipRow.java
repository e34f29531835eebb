package dev.rapport.activity.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One relationship of a member as of an instant, as {@link RelationshipRepository} reads it: the
 * components follow the columns of {@link RelationshipRepository#COLUMNS}, in order and type.
 */
public record RelationshipRow(
    UUID counterpartId,
    long interactions,
    Instant firstAt,
    Instant lastAt,
    String ways,
    long given,
    long received,
    long givenWeight,
    long receivedWeight,
    BigDecimal strength,
    Integer everyDays,
    Instant dueAt) {}
