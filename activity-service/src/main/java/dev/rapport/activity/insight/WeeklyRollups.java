package dev.rapport.activity.insight;

import dev.rapport.activity.member.MemberErased;
import dev.rapport.activity.way.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps member_week (V253) current in the transaction of each activity write: an insert adds its
 * activity to its week, a delete takes it away, a patch does both. The full recomputation is the
 * view member_week_full and the command {@code SELECT rebuild_member_weeks()}.
 */
@ApplicationScoped
public class WeeklyRollups {

  /** What an activity adds to its week. */
  public record Entry(
      UUID member,
      Instant occurredAt,
      ActivityType type,
      String kind,
      int weight,
      BigDecimal hours,
      String direction) {}

  private final EntityManager em;

  public WeeklyRollups(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(Entry entry) {
    bump(entry, 1);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void remove(Entry entry) {
    bump(entry, -1);
  }

  private void bump(Entry e, int sign) {
    em.createNativeQuery(
            "SELECT bump_member_week(:m, :t, :type, :kind, :w, CAST(:hours AS numeric), :dir,"
                + " :sign)")
        .setParameter("m", e.member())
        .setParameter("t", e.occurredAt())
        .setParameter("type", e.type().name())
        .setParameter("kind", e.kind())
        .setParameter("w", e.weight())
        .setParameter("hours", e.hours())
        .setParameter("dir", e.direction())
        .setParameter("sign", sign)
        .getSingleResult();
  }

  /** Erasure: the member's weeks. */
  void erase(@Observes MemberErased erased) {
    em.createNativeQuery("DELETE FROM member_week WHERE member_id = :m")
        .setParameter("m", erased.memberId())
        .executeUpdate();
  }
}
