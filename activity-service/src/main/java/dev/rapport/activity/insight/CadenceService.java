package dev.rapport.activity.insight;

import dev.rapport.activity.insight.InsightViews.Relationship;
import dev.rapport.activity.member.MemberCopyService;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The stay-in-touch cadences a member sets on their relationships; owner only. */
@ApplicationScoped
public class CadenceService {

  private final CadenceRepository cadences;
  private final RelationshipService relationships;
  private final MemberCopyService members;
  private final Caller caller;
  private final Clock clock;

  public CadenceService(
      CadenceRepository cadences,
      RelationshipService relationships,
      MemberCopyService members,
      Caller caller,
      Clock clock) {
    this.cadences = cadences;
    this.relationships = relationships;
    this.members = members;
    this.caller = caller;
    this.clock = clock;
  }

  /** A member's cadences, in their export. */
  public List<CadenceExport> exportCadences(UUID member) {
    return cadences
        .list("memberId = :member", Sort.by("counterpartId"), Map.of("member", member))
        .stream()
        .map(c -> new CadenceExport(c.counterpartId, c.everyDays, c.setAt))
        .toList();
  }

  /** Erasure: the member's cadences and other members' cadences with them go. */
  void erase(@Observes MemberErased erased) {
    cadences.delete(
        "memberId = :member or counterpartId = :member", Map.of("member", erased.memberId()));
  }

  /**
   * Sets the cadence; 422 when the counterpart is not a member, 503 when profile-service cannot
   * tell (checked before the transaction opens, so nothing is stored then).
   */
  public Relationship setCadence(UUID member, UUID counterpart, int everyDays) {
    caller.requireSelf(member);
    if (member.equals(counterpart)) {
      throw ProblemException.invalid("counterpartId", "must be someone else");
    }
    if (!members.existing(Set.of(counterpart)).contains(counterpart)) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE, "counterpartId: unknown member " + counterpart);
    }
    Instant now = clock.instant();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Cadence cadence =
                  cadences
                      .findByIdOptional(new Cadence.Key(member, counterpart))
                      .orElseGet(Cadence::new);
              boolean created = cadence.memberId == null;
              cadence.memberId = member;
              cadence.counterpartId = counterpart;
              cadence.everyDays = everyDays;
              cadence.setAt = now;
              if (created) {
                cadences.persist(cadence);
              }
            });
    return relationships.relationship(member, counterpart, now);
  }

  @Transactional
  public void removeCadence(UUID member, UUID counterpart) {
    caller.requireSelf(member);
    if (!cadences.deleteById(new Cadence.Key(member, counterpart))) {
      throw ProblemException.notFound("No cadence with " + counterpart + ".");
    }
  }
}
