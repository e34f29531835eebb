package dev.rapport.activity.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The local copy of members and accepted connections (V250): primary-key lookups and upserts only.
 */
@ApplicationScoped
public class MemberCopyRepository {

  private final EntityManager em;

  public MemberCopyRepository(EntityManager em) {
    this.em = em;
  }

  /** Records a member; their display name when known (null leaves the one stored). */
  public void upsertMember(UUID member, String displayName, Instant now) {
    em.createNativeQuery(
            "INSERT INTO known_member (member_id, known_at, display_name)"
                + " VALUES (:id, :now, CAST(:name AS text)) ON CONFLICT (member_id) DO UPDATE"
                + " SET display_name = coalesce(excluded.display_name, known_member.display_name)")
        .setParameter("id", member)
        .setParameter("now", now)
        .setParameter("name", displayName)
        .executeUpdate();
  }

  public void deleteMember(UUID member) {
    em.createNativeQuery("DELETE FROM known_member WHERE member_id = :id")
        .setParameter("id", member)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM member_connection WHERE member_id = :id OR other_id = :id")
        .setParameter("id", member)
        .executeUpdate();
  }

  /** Remembers an erased member; false when they already were. */
  public boolean markErased(UUID member, Instant now) {
    return em.createNativeQuery(
                "INSERT INTO erased_member (member_id, erased_at) VALUES (:id, :now)"
                    + " ON CONFLICT (member_id) DO NOTHING")
            .setParameter("id", member)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** The ids among {@code ids} that were erased. */
  @SuppressWarnings("unchecked")
  public Set<UUID> erasedAmong(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<UUID> rows =
        em.createNativeQuery(
                "SELECT member_id FROM erased_member WHERE member_id = ANY(CAST(:ids AS uuid[]))",
                UUID.class)
            .setParameter("ids", ids.toArray(UUID[]::new))
            .getResultList();
    return new HashSet<>(rows);
  }

  /** The ids among {@code ids} this service knows as members. */
  @SuppressWarnings("unchecked")
  public Set<UUID> knownAmong(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<UUID> rows =
        em.createNativeQuery(
                "SELECT member_id FROM known_member WHERE member_id = ANY(CAST(:ids AS uuid[]))",
                UUID.class)
            .setParameter("ids", ids.toArray(UUID[]::new))
            .getResultList();
    return new HashSet<>(rows);
  }

  /** An accepted connection, stored in both directions. */
  public void connect(UUID connection, UUID a, UUID b) {
    em.createNativeQuery(
            "INSERT INTO member_connection (member_id, other_id, connection_id)"
                + " VALUES (:a, :b, :c), (:b, :a, :c)"
                + " ON CONFLICT (member_id, other_id) DO UPDATE SET connection_id ="
                + " excluded.connection_id")
        .setParameter("a", a)
        .setParameter("b", b)
        .setParameter("c", connection)
        .executeUpdate();
  }

  public void disconnect(UUID connection) {
    em.createNativeQuery("DELETE FROM member_connection WHERE connection_id = :c")
        .setParameter("c", connection)
        .executeUpdate();
  }

  /** The ids among {@code others} that {@code member} has an accepted connection with. */
  @SuppressWarnings("unchecked")
  public Set<UUID> connectedAmong(UUID member, Collection<UUID> others) {
    if (others.isEmpty()) {
      return Set.of();
    }
    List<UUID> rows =
        em.createNativeQuery(
                "SELECT other_id FROM member_connection WHERE member_id = :m"
                    + " AND other_id = ANY(CAST(:others AS uuid[]))",
                UUID.class)
            .setParameter("m", member)
            .setParameter("others", others.toArray(UUID[]::new))
            .getResultList();
    return new HashSet<>(rows);
  }

  public boolean connected(UUID viewer, UUID owner) {
    return (Boolean)
        em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM member_connection"
                    + " WHERE member_id = :v AND other_id = :o)",
                Boolean.class)
            .setParameter("v", viewer)
            .setParameter("o", owner)
            .getSingleResult();
  }

  /** Where the follower is in a feed. */
  public record Position(
      String cursor,
      boolean caughtUp,
      long applied,
      Instant lastChangeAt,
      Instant lastSuccessAt,
      Instant lastAttemptAt,
      String lastError) {}

  @SuppressWarnings("unchecked")
  public Optional<Position> position(String feed) {
    List<Position> rows =
        em.createNativeQuery(
                "SELECT cursor, caught_up, applied, last_change_at, last_success_at,"
                    + " last_attempt_at, last_error FROM feed_position WHERE feed = :feed",
                Position.class)
            .setParameter("feed", feed)
            .getResultList();
    return rows.stream().findFirst();
  }

  /**
   * The feed's cursor, locking its row until the transaction ends: replicas following the same feed
   * apply each page once, one after the other.
   */
  @SuppressWarnings("unchecked")
  public Optional<String> lockCursor(String feed) {
    List<String> rows =
        em.createNativeQuery(
                "SELECT cursor FROM feed_position WHERE feed = :feed FOR UPDATE", String.class)
            .setParameter("feed", feed)
            .getResultList();
    return rows.stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public void savePosition(String feed, Position p) {
    em.createNativeQuery(
            "INSERT INTO feed_position (feed, cursor, caught_up, applied, last_change_at,"
                + " last_success_at, last_attempt_at, last_error)"
                + " VALUES (:feed, CAST(:cursor AS text), :caughtUp, :applied,"
                + " CAST(:changeAt AS timestamptz), CAST(:successAt AS timestamptz),"
                + " CAST(:attemptAt AS timestamptz), CAST(:error AS text))"
                + " ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor,"
                + " caught_up = excluded.caught_up, applied = excluded.applied,"
                + " last_change_at = excluded.last_change_at,"
                + " last_success_at = excluded.last_success_at,"
                + " last_attempt_at = excluded.last_attempt_at, last_error = excluded.last_error")
        .setParameter("feed", feed)
        .setParameter("cursor", p.cursor())
        .setParameter("caughtUp", p.caughtUp())
        .setParameter("applied", p.applied())
        .setParameter("changeAt", ts(p.lastChangeAt()))
        .setParameter("successAt", ts(p.lastSuccessAt()))
        .setParameter("attemptAt", ts(p.lastAttemptAt()))
        .setParameter("error", p.lastError())
        .executeUpdate();
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
