package dev.rapport.activity.insight;

import dev.rapport.activity.member.MemberErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

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
      String type,
      String direction,
      int weight,
      Instant occurredAt) {
    if (counterparts.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "SELECT add_to_relationship_pairs(:m, CAST(:cps AS uuid[]), :type, :dir, :w, :t)")
        .setParameter("m", member)
        .setParameter("cps", array(counterparts))
        .setParameter("type", type)
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
        .setParameter("cps", array(counterparts))
        .getSingleResult();
  }

  /** Erasure: the erased member's pairs, and everyone's pairs with them. */
  void erase(@Observes MemberErased erased) {
    em.createNativeQuery(
            "DELETE FROM relationship_pair WHERE member_id = :m OR counterpart_id = :m")
        .setParameter("m", erased.memberId())
        .executeUpdate();
  }

  private static String array(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }
}
