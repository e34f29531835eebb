package dev.rapport.profile.member;

import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class MemberService {

  private final MemberRepository members;
  private final Clock clock;

  public MemberService(MemberRepository members, Clock clock) {
    this.members = members;
    this.clock = clock;
  }

  /** Creates the member behind a new account; joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID create(String displayName) {
    Member member = new Member();
    member.id = UUID.randomUUID();
    member.displayName = displayName.strip();
    member.createdAt = clock.instant();
    member.updatedAt = member.createdAt;
    members.persist(member);
    return member.id;
  }

  @Transactional
  public MemberView get(UUID id) {
    return members
        .findByIdOptional(id)
        .map(MemberView::of)
        .orElseThrow(() -> ProblemException.notFound("No member " + id + "."));
  }
}
