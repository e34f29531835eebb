package dev.rapport.activity.circle;

import dev.rapport.activity.circle.CircleRepository.CircleRow;
import dev.rapport.activity.circle.CircleViews.CircleList;
import dev.rapport.activity.circle.CircleViews.CircleMember;
import dev.rapport.activity.circle.CircleViews.CirclePost;
import dev.rapport.activity.circle.CircleViews.CircleRequest;
import dev.rapport.activity.circle.CircleViews.StudyCircle;
import dev.rapport.activity.member.MemberCopyService;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.Problem;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Study circles: a member invites connections to study a course together with a weekly insight;
 * invitees accept or decline; members see each other's learning on the course, and only they do.
 * Joining a circle shares one's enrolment, progress and insights on its course with its members,
 * whatever their visibility.
 */
@ApplicationScoped
public class CircleService {

  static final int LEARNING_SHOWN = 50;

  private final CircleRepository circles;
  private final MemberCopyService members;
  private final Event<CircleInvited> invited;
  private final Caller caller;
  private final Clock clock;

  public CircleService(
      CircleRepository circles,
      MemberCopyService members,
      Event<CircleInvited> invited,
      Caller caller,
      Clock clock) {
    this.circles = circles;
    this.members = members;
    this.invited = invited;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public StudyCircle create(CircleRequest request) {
    UUID me = caller.requireMember();
    Set<UUID> invitees = new LinkedHashSet<>(request.invitees());
    if (invitees.contains(me)) {
      throw ProblemException.invalid("invitees", "must not include the caller");
    }
    Set<UUID> connected = members.connectedAmong(me, invitees);
    List<String> strangers =
        invitees.stream().filter(id -> !connected.contains(id)).map(UUID::toString).toList();
    if (!strangers.isEmpty()) {
      String message = "not your accepted connections: " + String.join(", ", strangers);
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "invitees: " + message,
          List.of(new Problem.FieldError("invitees", message)),
          Map.of());
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    circles.insertCircle(id, request.courseId(), me, request.weeklyDay().name(), now);
    circles.insertMembers(id, List.of(me), CircleStatus.MEMBER, now);
    circles.insertMembers(id, invitees, CircleStatus.INVITED, now);
    invited.fire(new CircleInvited(id, request.courseId(), me, List.copyOf(invitees), now));
    return view(circles.find(id).orElseThrow(), CircleStatus.MEMBER);
  }

  /** Members and invitees see the circle; only members see its learning; anyone else a 404. */
  public StudyCircle get(UUID id) {
    UUID me = caller.requireMember();
    CircleRow circle = circles.find(id).orElseThrow(() -> notFound(id));
    CircleStatus status = circles.status(id, me).orElse(null);
    if (status != CircleStatus.MEMBER && status != CircleStatus.INVITED) {
      throw notFound(id);
    }
    return view(circle, status);
  }

  public CircleList mine(UUID member) {
    caller.requireSelf(member);
    return export(member);
  }

  /** The circles the member is in or invited to (also their export). */
  public CircleList export(UUID member) {
    List<CircleRepository.StandingRow> standing = circles.circlesOf(member);
    return new CircleList(
        views(
            standing.stream().map(CircleRepository.StandingRow::circle).toList(),
            standing.stream().map(r -> CircleStatus.valueOf(r.status())).toList()));
  }

  @Transactional
  public StudyCircle accept(UUID id) {
    return answer(id, CircleStatus.MEMBER);
  }

  @Transactional
  public StudyCircle decline(UUID id) {
    return answer(id, CircleStatus.DECLINED);
  }

  private StudyCircle answer(UUID id, CircleStatus answer) {
    UUID me = caller.requireMember();
    CircleRow circle = circles.find(id).orElseThrow(() -> notFound(id));
    CircleStatus status = circles.status(id, me).orElseThrow(() -> notFound(id));
    if (status != CircleStatus.INVITED) {
      throw ProblemException.conflict(
          "Your invitation to this circle was answered already ("
              + status
              + "); only an open invitation can be accepted or declined.");
    }
    circles.setStatus(id, me, answer, clock.instant());
    return view(circle, answer);
  }

  @Transactional
  public void leave(UUID id) {
    UUID me = caller.requireMember();
    circles.find(id).orElseThrow(() -> notFound(id));
    CircleStatus status = circles.status(id, me).orElseThrow(() -> notFound(id));
    if (status != CircleStatus.MEMBER) {
      throw notFound(id);
    }
    circles.removeMember(id, me);
    circles.settle(id);
  }

  /** The other members of the member's circles on the course: who sees their new learning. */
  public List<UUID> fellows(UUID member, UUID course) {
    return circles.fellows(member, course);
  }

  /** A circle whose weekly insight a member owes. */
  public record DueInsight(UUID circleId, UUID courseId, DayOfWeek weeklyDay) {}

  /** The member's circles whose weekly insight is due this week and not yet given. */
  public List<DueInsight> insightDue(UUID member, Instant now) {
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
    List<String> daysSoFar = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= today.getDayOfWeek().getValue()) {
        daysSoFar.add(day.name());
      }
    }
    Instant weekStart = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    return circles.insightDue(member, weekStart, daysSoFar).stream()
        .map(c -> new DueInsight(c.id(), c.courseId(), DayOfWeek.valueOf(c.weeklyDay())))
        .toList();
  }

  /** Erasure: the member leaves every circle (an emptied circle goes, an owner's passes on). */
  void erase(@Observes MemberErased erased) {
    for (UUID circle : circles.anyCircleOf(erased.memberId())) {
      circles.removeMember(circle, erased.memberId());
      circles.settle(circle);
    }
  }

  private StudyCircle view(CircleRow circle, CircleStatus callerStatus) {
    return views(List.of(circle), List.of(callerStatus)).get(0);
  }

  /**
   * The circles as these callers see them (statuses in the same order): members for all, learning
   * for members only, read for all the circles in two statements.
   */
  private List<StudyCircle> views(List<CircleRow> rows, List<CircleStatus> statuses) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(CircleRow::id).toList();
    Map<UUID, List<CircleMember>> membersOf = new HashMap<>();
    for (CircleRepository.MemberRow m : circles.members(ids)) {
      membersOf
          .computeIfAbsent(m.circleId(), k -> new ArrayList<>())
          .add(
              new CircleMember(
                  m.memberId(), m.displayName(), CircleStatus.valueOf(m.status()), m.since()));
    }
    List<UUID> asMember = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (statuses.get(i) == CircleStatus.MEMBER) {
        asMember.add(ids.get(i));
      }
    }
    Map<UUID, List<CirclePost>> learningOf = new HashMap<>();
    if (!asMember.isEmpty()) {
      for (CircleRepository.PostRow p : circles.learning(asMember, LEARNING_SHOWN)) {
        learningOf
            .computeIfAbsent(p.circleId(), k -> new ArrayList<>())
            .add(
                new CirclePost(
                    p.activityId(),
                    p.memberId(),
                    p.kind(),
                    p.percent(),
                    p.insight(),
                    p.occurredAt()));
      }
    }
    List<StudyCircle> views = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CircleRow circle = rows.get(i);
      boolean member = statuses.get(i) == CircleStatus.MEMBER;
      views.add(
          new StudyCircle(
              circle.id(),
              circle.courseId(),
              DayOfWeek.valueOf(circle.weeklyDay()),
              circle.ownerId(),
              circle.createdAt(),
              membersOf.getOrDefault(circle.id(), List.of()),
              member ? learningOf.getOrDefault(circle.id(), List.of()) : null));
    }
    return views;
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No study circle " + id + ".");
  }
}
