package dev.rapport.profile.member;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member", description = "A member as the caller may see them.")
public record MemberView(
    @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID id,
    @Schema(examples = "Ana Lima") String displayName,
    Instant createdAt,
    Instant updatedAt) {

  static MemberView of(Member member) {
    return new MemberView(member.id, member.displayName, member.createdAt, member.updatedAt);
  }
}
