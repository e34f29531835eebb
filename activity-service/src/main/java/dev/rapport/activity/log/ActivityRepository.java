package dev.rapport.activity.log;

import dev.rapport.activity.way.ActivityType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

  /**
   * Who may see what in a list: a service sees everything; a member sees their own, PUBLIC ones,
   * CONNECTIONS ones of the members they are connected with in the local copy of connections
   * (member_connection, kept from profile-service's member-changes: no call to profile-service),
   * and the shares and contributions addressed to them.
   */
  public record Viewer(boolean service, UUID memberId) {}

  public record Filter(
      UUID memberId, ActivityType type, String topic, UUID counterpart, Instant from, Instant to) {}

  /**
   * One page newest first, keyset on (occurred_at, id) so every page is an index range scan (see
   * the activity indexes in V1). The statement is assembled from fixed conditions, one per filter
   * given (so that each combination is planned for its own index), never from caller text; values
   * are named parameters.
   */
  /** The types addressed to their counterparts, as SQL literals. */
  private static final String ADDRESSED_TYPES =
      Arrays.stream(ActivityType.values())
          .filter(ActivityType::addressed)
          .map(t -> "'" + t.name() + "'")
          .collect(Collectors.joining(", "));

  @SuppressWarnings("unchecked")
  public List<Activity> page(Viewer viewer, Filter filter, ActivityCursor after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT a.* FROM activity a WHERE true");
    Map<String, Object> params = new LinkedHashMap<>();
    if (filter.memberId() != null) {
      sql.append(" AND a.member_id = :memberId");
      params.put("memberId", filter.memberId());
    }
    if (filter.type() != null) {
      sql.append(" AND a.type = :type");
      params.put("type", filter.type().name());
    }
    if (filter.topic() != null) {
      sql.append(" AND a.topics @> CAST(:topic AS text[])");
      params.put("topic", new String[] {filter.topic()});
    }
    if (filter.counterpart() != null) {
      sql.append(" AND a.counterparts @> CAST(:counterpart AS uuid[])");
      params.put("counterpart", new UUID[] {filter.counterpart()});
    }
    if (filter.from() != null) {
      sql.append(" AND a.occurred_at >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      sql.append(" AND a.occurred_at < :to");
      params.put("to", filter.to());
    }
    if (!viewer.service()) {
      sql.append(" AND (a.member_id = :viewer OR a.visibility = 'PUBLIC'");
      params.put("viewer", viewer.memberId());
      // A primary-key probe of member_connection per candidate row.
      sql.append(
          " OR (a.visibility = 'CONNECTIONS' AND EXISTS (SELECT 1 FROM member_connection mc"
              + " WHERE mc.member_id = :viewer AND mc.other_id = a.member_id))");
      // Shares and contributions addressed to the viewer (ActivityType.addressed).
      sql.append(
          " OR (a.type IN ("
              + ADDRESSED_TYPES
              + ") AND a.counterparts @> ARRAY[CAST(:viewer AS uuid)]))");
    }
    if (after != null) {
      sql.append(" AND (a.occurred_at, a.id) < (:afterAt, :afterId)");
      params.put("afterAt", after.occurredAt());
      params.put("afterId", after.id());
    }
    sql.append(" ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit");
    params.put("limit", limit);
    Query query = getEntityManager().createNativeQuery(sql.toString(), Activity.class);
    params.forEach(query::setParameter);
    return new ArrayList<>(query.getResultList());
  }

  /** A member's whole log, newest first: the member's export. */
  public List<Activity> ofMember(UUID member) {
    return list(
        "memberId = :member", Sort.descending("occurredAt", "id"), Map.of("member", member));
  }

  /** Deletes a member's whole log; answers the ids deleted. */
  @SuppressWarnings("unchecked")
  public List<UUID> deleteOfMember(UUID member) {
    return getEntityManager()
        .createNativeQuery("DELETE FROM activity WHERE member_id = :m RETURNING id", UUID.class)
        .setParameter("m", member)
        .getResultList();
  }

  /** Other members' activities that name {@code member} as a counterpart (GIN index). */
  @SuppressWarnings("unchecked")
  public List<Activity> naming(UUID member) {
    return getEntityManager()
        .createNativeQuery(
            "SELECT a.* FROM activity a WHERE a.counterparts @> CAST(:m AS uuid[])", Activity.class)
        .setParameter("m", new UUID[] {member})
        .getResultList();
  }
}
