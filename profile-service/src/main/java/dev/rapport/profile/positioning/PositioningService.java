package dev.rapport.profile.positioning;

import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.audience.Audience;
import dev.rapport.profile.change.ChangeFeed;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.positioning.PositioningRecords.Goal;
import dev.rapport.profile.positioning.PositioningRecords.PositioningRequest;
import dev.rapport.profile.positioning.PositioningRecords.PositioningState;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import dev.rapport.profile.positioning.PositioningRecords.SectionVisibility;
import dev.rapport.profile.web.ETags;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PositioningService {

  private static final int MAX_TEXT = 100;

  private final PositioningRepository positionings;
  private final ChangeFeed changes;
  private final Clock clock;
  private final Event<PositioningChanged> changed;

  public PositioningService(
      PositioningRepository positionings,
      ChangeFeed changes,
      Clock clock,
      Event<PositioningChanged> changed) {
    this.positionings = positionings;
    this.changes = changes;
    this.clock = clock;
    this.changed = changed;
  }

  /** Fired in the transaction of a positioning change, so the member's own change follows it. */
  public record PositioningChanged(UUID memberId, PositioningState state) {}

  /**
   * The empty positioning of a new member, every section public; joins the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PositioningState createFor(UUID memberId) {
    Positioning p = new Positioning();
    p.memberId = memberId;
    apply(
        p,
        new PositioningRequest(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new SectionVisibility(null, null, null, null, null, null, null, null, null)));
    positionings.persist(p);
    PositioningState state = state(p);
    changes.record(
        ChangeEntity.POSITIONING, memberId, memberId, Operation.UPSERT, state.as(Audience.SERVICE));
    return state;
  }

  @Transactional
  public Optional<PositioningState> find(UUID memberId) {
    return positionings.findByIdOptional(memberId).map(PositioningService::state);
  }

  /** Positionings of many members in one query. */
  @Transactional
  public Map<UUID, PositioningState> findAll(Collection<UUID> memberIds) {
    Map<UUID, PositioningState> found = new HashMap<>();
    if (memberIds.isEmpty()) {
      return found;
    }
    for (Positioning p :
        positionings.list("memberId in :ids", Parameters.with("ids", List.copyOf(memberIds)))) {
      found.put(p.memberId, state(p));
    }
    return found;
  }

  /** Replaces the positioning when {@code ifMatch} names its current version. */
  @Transactional
  public PositioningState replace(UUID memberId, String ifMatch, PositioningRequest request) {
    Positioning p =
        positionings
            .findByIdOptional(memberId)
            .orElseThrow(() -> ProblemException.notFound("No member " + memberId + "."));
    ETags.require(ifMatch, p.version);
    checkTexts("interests", request.interests());
    checkTexts("communities", request.communities());
    checkTexts("hobbies", request.hobbies());
    for (int i = 0; request.goals() != null && i < request.goals().size(); i++) {
      Goal goal = request.goals().get(i);
      if (goal.goal() == PositioningRecords.GoalType.BECOME_KNOWN_EXPERT
          && (goal.topic() == null || goal.topic().isBlank())) {
        throw ProblemException.invalid(
            "goals[" + i + "].topic", "is required for BECOME_KNOWN_EXPERT: name your field");
      }
    }
    apply(p, request);
    // flush now, so a concurrent writer's change surfaces here as a 412 rather than at commit
    positionings.flush();
    PositioningState state = state(p);
    changes.record(
        ChangeEntity.POSITIONING, memberId, memberId, Operation.UPSERT, state.as(Audience.SERVICE));
    changed.fire(new PositioningChanged(memberId, state));
    return state;
  }

  /** Erases the positioning with its member; joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(UUID memberId) {
    positionings.deleteById(memberId);
  }

  private void apply(Positioning p, PositioningRequest r) {
    p.statement = blankToNull(r.statement());
    p.goals = orEmpty(r.goals());
    p.skills = orEmpty(r.skills());
    p.interests = strip(r.interests());
    p.organizations = orEmpty(r.organizations());
    p.communities = strip(r.communities());
    p.hobbies = strip(r.hobbies());
    p.education = orEmpty(r.education());
    p.visibility =
        (r.visibility() == null
                ? new SectionVisibility(null, null, null, null, null, null, null, null, null)
                : r.visibility())
            .withDefaults();
    p.updatedAt = clock.instant();
  }

  /** The positioning as the API reads it. */
  public static PositioningState state(Positioning p) {
    PositioningView all =
        new PositioningView(
            p.statement,
            p.goals,
            p.skills,
            p.interests,
            p.organizations,
            p.communities,
            p.hobbies,
            p.education,
            p.visibility);
    return new PositioningState(p.memberId, all, p.visibility, p.version);
  }

  private static void checkTexts(String field, List<String> values) {
    if (values == null) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isBlank()) {
        throw ProblemException.invalid(field + "[" + i + "]", "must not be blank");
      }
      if (value.length() > MAX_TEXT) {
        throw ProblemException.invalid(
            field + "[" + i + "]", "size must be between 1 and " + MAX_TEXT);
      }
    }
  }

  private static List<String> strip(List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> stripped = new ArrayList<>(values.size());
    values.forEach(v -> stripped.add(v.strip()));
    return stripped;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
