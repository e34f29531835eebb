package dev.rapport.profile.positioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.audience.Audience;
import dev.rapport.profile.change.ChangeFeed;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.positioning.PositioningRecords.Education;
import dev.rapport.profile.positioning.PositioningRecords.Goal;
import dev.rapport.profile.positioning.PositioningRecords.Organization;
import dev.rapport.profile.positioning.PositioningRecords.PositioningRequest;
import dev.rapport.profile.positioning.PositioningRecords.PositioningState;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import dev.rapport.profile.positioning.PositioningRecords.SectionVisibility;
import dev.rapport.profile.positioning.PositioningRecords.Skill;
import dev.rapport.profile.web.ETags;
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
  private final ObjectMapper json;
  private final Clock clock;
  private final Event<PositioningChanged> changed;

  public PositioningService(
      PositioningRepository positionings,
      ChangeFeed changes,
      ObjectMapper json,
      Clock clock,
      Event<PositioningChanged> changed) {
    this.positionings = positionings;
    this.changes = changes;
    this.json = json;
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
    return positionings.findByIdOptional(memberId).map(this::state);
  }

  /** Positionings of many members in one query. */
  @Transactional
  public Map<UUID, PositioningState> findAll(Collection<UUID> memberIds) {
    Map<UUID, PositioningState> found = new HashMap<>();
    if (memberIds.isEmpty()) {
      return found;
    }
    for (Positioning p : positionings.list("memberId in ?1", List.copyOf(memberIds))) {
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
    SectionVisibility v =
        (r.visibility() == null
                ? new SectionVisibility(null, null, null, null, null, null, null, null, null)
                : r.visibility())
            .withDefaults();
    p.statement = blankToNull(r.statement());
    p.goals = write(r.goals());
    p.skills = write(r.skills());
    p.interests = write(strip(r.interests()));
    p.organizations = write(r.organizations());
    p.communities = write(strip(r.communities()));
    p.hobbies = write(strip(r.hobbies()));
    p.education = write(r.education());
    p.statementVisibility = v.statement();
    p.goalsVisibility = v.goals();
    p.skillsVisibility = v.skills();
    p.interestsVisibility = v.interests();
    p.organizationsVisibility = v.organizations();
    p.communitiesVisibility = v.communities();
    p.hobbiesVisibility = v.hobbies();
    p.educationVisibility = v.education();
    p.locationVisibility = v.location();
    p.updatedAt = clock.instant();
  }

  private PositioningState state(Positioning p) {
    SectionVisibility v =
        new SectionVisibility(
            p.statementVisibility,
            p.goalsVisibility,
            p.skillsVisibility,
            p.interestsVisibility,
            p.organizationsVisibility,
            p.communitiesVisibility,
            p.hobbiesVisibility,
            p.educationVisibility,
            p.locationVisibility);
    PositioningView all =
        new PositioningView(
            p.statement,
            read(p.goals, new TypeReference<List<Goal>>() {}),
            read(p.skills, new TypeReference<List<Skill>>() {}),
            read(p.interests, new TypeReference<List<String>>() {}),
            read(p.organizations, new TypeReference<List<Organization>>() {}),
            read(p.communities, new TypeReference<List<String>>() {}),
            read(p.hobbies, new TypeReference<List<String>>() {}),
            read(p.education, new TypeReference<List<Education>>() {}),
            v);
    return new PositioningState(p.memberId, all, v, p.version);
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
      return null;
    }
    List<String> stripped = new ArrayList<>(values.size());
    values.forEach(v -> stripped.add(v.strip()));
    return stripped;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String write(List<?> values) {
    try {
      return json.writeValueAsString(values == null ? List.of() : values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> List<T> read(String value, TypeReference<List<T>> type) {
    try {
      return value == null ? List.of() : json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored positioning is not the JSON expected", e);
    }
  }
}
