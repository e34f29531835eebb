package dev.rapport.profile.connection;

import dev.rapport.profile.connection.ConnectionRecords.Context;
import dev.rapport.profile.connection.ConnectionRecords.Status;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<Connection, UUID> {

  /** The connection between two members, whichever of them asked. */
  public Optional<Connection> between(UUID a, UUID b) {
    return find(
            "(requesterId = :a and addresseeId = :b) or (requesterId = :b and addresseeId = :a)",
            Parameters.with("a", a).and("b", b))
        .firstResultOptional();
  }

  /** One page of a member's connections, in id order after {@code after}. */
  public List<Connection> page(UUID member, Status status, Context context, UUID after, int limit) {
    return find(
            "(requesterId = :m or addresseeId = :m)"
                + " and (:status is null or status = :status)"
                + " and (:context is null or context = :context)"
                + " and (:after is null or id > :after)"
                + " order by id",
            Parameters.with("m", member)
                .and("status", status)
                .and("context", context)
                .and("after", after))
        .page(0, limit)
        .list();
  }

  public List<Connection> allOf(UUID member) {
    return list("requesterId = :m or addresseeId = :m", Parameters.with("m", member));
  }

  /**
   * Members with an accepted connection to {@code member}, in id order, for the connection ids
   * endpoint (what the other services ask). A caller's audience asks {@link #acceptedAmong}
   * instead, and member search reads them inside its own statement.
   */
  public List<UUID> acceptedIds(UUID member) {
    return getEntityManager()
        .createQuery(
            "select case when c.requesterId = :m then c.addresseeId else c.requesterId end"
                + " from Connection c where (c.requesterId = :m or c.addresseeId = :m)"
                + " and c.status = :accepted order by 1",
            UUID.class)
        .setParameter("m", member)
        .setParameter("accepted", Status.ACCEPTED)
        .getResultList();
  }

  /**
   * Whether a member has this id. Asked of the member table directly: connections sit below the
   * member feature, which erases a member's connections with them.
   */
  /** Which of {@code others} have an accepted connection with {@code member}: the pair index. */
  public Set<UUID> acceptedAmong(UUID member, Collection<UUID> others) {
    return Set.copyOf(
        getEntityManager()
            .createQuery(
                "select case when c.requesterId = :m then c.addresseeId else c.requesterId end"
                    + " from Connection c where c.status = :accepted and"
                    + " ((c.requesterId = :m and c.addresseeId in :others)"
                    + " or (c.addresseeId = :m and c.requesterId in :others))",
                UUID.class)
            .setParameter("m", member)
            .setParameter("accepted", Status.ACCEPTED)
            .setParameter("others", others)
            .getResultList());
  }

  public boolean memberExists(UUID member) {
    return (Boolean)
        getEntityManager()
            .createNativeQuery("SELECT EXISTS (SELECT 1 FROM member WHERE id = :id)", Boolean.class)
            .setParameter("id", member)
            .getSingleResult();
  }
}
