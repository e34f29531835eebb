package dev.rapport.profile.member;

import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.audience.AudienceResolver;
import dev.rapport.profile.member.MemberService.Versioned;
import dev.rapport.profile.positioning.Positioning;
import dev.rapport.profile.positioning.PositioningService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The read of one member by id: one SQL statement for the member and their positioning, without a
 * JTA transaction (a read of the request's session), and the caller's audience, which costs a look
 * at the caller's connections only when a member reads someone else.
 */
@ApplicationScoped
public class MemberReads {

  /** A member with their positioning. */
  record Found(Member member, Positioning positioning) {}

  private final EntityManager em;
  private final AudienceResolver audiences;

  public MemberReads(EntityManager em, AudienceResolver audiences) {
    this.em = em;
    this.audiences = audiences;
  }

  /** The member as the caller sees them; 404 when there is no such member. */
  public Versioned get(UUID id) {
    Found found =
        em.createQuery(
                "select m, p from Member m join Positioning p on p.memberId = m.id"
                    + " where m.id = :id",
                Found.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("No member " + id + "."));
    return new Versioned(
        MemberService.profile(
            found.member(),
            PositioningService.state(found.positioning()),
            audiences.audienceFor(id)),
        found.member().version);
  }
}
