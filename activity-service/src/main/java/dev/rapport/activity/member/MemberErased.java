package dev.rapport.activity.member;

import java.time.Instant;
import java.util.UUID;

/**
 * A member was erased in profile-service. Fired synchronously inside the transaction that applies
 * the MEMBER DELETE, so every feature removes what it holds about the member in that transaction.
 */
public record MemberErased(UUID memberId, Instant at) {}
