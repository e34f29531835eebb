package dev.rapport.profile.member;

import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.audience.Audience;
import dev.rapport.profile.audience.AudienceResolver;
import dev.rapport.profile.connection.ConnectionRecords.Status;
import dev.rapport.profile.member.MemberService.Versioned;
import dev.rapport.profile.positioning.Positioning;
import dev.rapport.profile.positioning.PositioningService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import java.util.UUID;

/**
 * The read of one member by id: one statement for the member, their positioning and, when a member
 * reads someone else, whether the two are connected (an EXISTS on the connection pair index), in
 * the request's session without a JTA transaction. Owner, anonymous and service reads skip the
 * lookup. The result is read as a list, so no open result stream keeps the statement's connection
 * to the end of the request: a lookup in a transaction of its own took a second connection while
 * such a stream held the first, and under load the pool stalled.
 */
@ApplicationScoped
public class MemberReads {

  /** A member with their positioning, and whether the caller is connected to them. */
  record Found(Member member, Positioning positioning, Boolean connected) {}

  private static final String MEMBER =
      "select m, p, %s from Member m join Positioning p on p.memberId = m.id where m.id = :id";

  private static final String WITHOUT_RELATION = MEMBER.formatted("false");

  private static final String WITH_RELATION =
      MEMBER.formatted(
          "case when exists (select 1 from Connection c"
              + " where least(c.requesterId, c.addresseeId) = least(:me, m.id)"
              + " and greatest(c.requesterId, c.addresseeId) = greatest(:me, m.id)"
              + " and c.status = :accepted) then true else false end");

  private final EntityManager em;
  private final AudienceResolver audiences;
  private final Caller caller;

  public MemberReads(EntityManager em, AudienceResolver audiences, Caller caller) {
    this.em = em;
    this.audiences = audiences;
    this.caller = caller;
  }

  /** The member as the caller sees them; 404 when there is no such member. */
  public Versioned get(UUID id) {
    Optional<Audience> fixed = audiences.withoutLookup(id);
    TypedQuery<Found> query =
        em.createQuery(fixed.isPresent() ? WITHOUT_RELATION : WITH_RELATION, Found.class)
            .setParameter("id", id);
    if (fixed.isEmpty()) {
      query.setParameter("me", caller.memberId().orElseThrow());
      query.setParameter("accepted", Status.ACCEPTED);
    }
    Found found =
        query.getResultList().stream()
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("No member " + id + "."));
    Audience audience = fixed.orElse(found.connected() ? Audience.CONNECTION : Audience.STRANGER);
    return new Versioned(
        MemberService.profile(
            found.member(), PositioningService.state(found.positioning()), audience),
        found.member().version);
  }
}
