package dev.rapport.activity.insight;

import dev.rapport.activity.member.MemberErased;
import dev.rapport.activity.way.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps relationship_pair (V252) current in the transaction of each activity write: an insert adds
 * to its pairs; a patch or delete recomputes the pairs it touched from their own history. The full
 * recomputation is the view relationship_pair_full and the command {@code SELECT
 * rebuild_relationship_pairs()}.
 */
@ApplicationScoped
public class RelationshipState {

  private final EntityManager em;

  public RelationshipState(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void added(
      UUID member,
      Collection<UUID> counterparts,
      ActivityType type,
      String direction,
      int weight,
      Instant occurredAt) {
    if (counterparts.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "SELECT add_to_relationship_pairs(:m, CAST(:cps AS uuid[]), :type, :dir, :w, :t)")
        .setParameter("m", member)
        .setParameter("cps", counterparts.toArray(UUID[]::new))
        .setParameter("type", type.name())
        .setParameter("dir", direction)
        .setParameter("w", weight)
        .setParameter("t", occurredAt)
        .getSingleResult();
  }

  /** Recomputes the member's pairs with these counterparts from the log as it is now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(UUID member, Collection<UUID> counterparts) {
    if (counterparts.isEmpty()) {
      return;
    }
    em.createNativeQuery("SELECT refresh_relationship_pairs(:m, CAST(:cps AS uuid[]))")
        .setParameter("m", member)
        .setParameter("cps", counterparts.toArray(UUID[]::new))
        .getSingleResult();
  }

  /** Erasure: the erased member's pairs, and everyone's pairs with them. */
  void erase(@Observes MemberErased erased) {
    em.createNativeQuery(
            "DELETE FROM relationship_pair WHERE member_id = :m OR counterpart_id = :m")
        .setParameter("m", erased.memberId())
        .executeUpdate();
  }
}
