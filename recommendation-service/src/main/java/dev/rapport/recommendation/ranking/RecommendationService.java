package dev.rapport.recommendation.ranking;

import dev.rapport.common.web.ProblemException;
import dev.rapport.recommendation.RecommendationConfig;
import dev.rapport.recommendation.catalog.CourseService;
import dev.rapport.recommendation.catalog.CourseView;
import dev.rapport.recommendation.catalog.DiscussionService;
import dev.rapport.recommendation.catalog.DiscussionView;
import dev.rapport.recommendation.readmodel.FeedbackAction;
import dev.rapport.recommendation.readmodel.ItemType;
import dev.rapport.recommendation.readmodel.ReadModelService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recommends courses and discussions from the member's positioning (fresh from profile-service when
 * it answers) and the read model: candidates from PostgreSQL, scored and re-ranked for diversity in
 * Java. A dependency that is down degrades the answer, never fails it. Stores the member's
 * feedback.
 */
@ApplicationScoped
public class RecommendationService {

  private final CandidateRepository candidates;
  private final CourseService courses;
  private final DiscussionService discussions;
  private final ReadModelService readModel;
  private final MemberContexts contexts;
  private final RecommendationConfig config;
  private final Clock clock;

  public RecommendationService(
      CandidateRepository candidates,
      CourseService courses,
      DiscussionService discussions,
      ReadModelService readModel,
      MemberContexts contexts,
      RecommendationConfig config,
      Clock clock) {
    this.candidates = candidates;
    this.courses = courses;
    this.discussions = discussions;
    this.readModel = readModel;
    this.contexts = contexts;
    this.config = config;
    this.clock = clock;
  }

  public Recommendations<CourseView> courses(UUID member, int limit) {
    MemberContext context = contexts.of(member, true);
    CourseScoring scoring =
        new CourseScoring(
            context.me(),
            config.recommendations().inDemandSkills(),
            clock.instant(),
            config.recommendations().cohortSoon());
    return answer(
        context,
        rank(candidates.courseCandidates(member, context.me(), candidateLimit()), scoring, limit),
        courses::byIds,
        CourseView::id);
  }

  public Recommendations<DiscussionView> discussions(UUID member, int limit) {
    MemberContext context = contexts.of(member, true);
    DiscussionScoring scoring = new DiscussionScoring(context.me());
    return answer(
        context,
        rank(
            candidates.discussionCandidates(member, context.me(), candidateLimit()),
            scoring,
            limit),
        discussions::byIds,
        DiscussionView::id);
  }

  public void feedback(UUID member, FeedbackRequest request) {
    if (request.action() == FeedbackAction.ENROLLED && request.itemType() != ItemType.COURSE) {
      throw ProblemException.invalid("action", "ENROLLED applies to courses only");
    }
    if (request.action() == FeedbackAction.JOINED && request.itemType() != ItemType.DISCUSSION) {
      throw ProblemException.invalid("action", "JOINED applies to discussions only");
    }
    boolean exists =
        request.itemType() == ItemType.COURSE
            ? courses.exists(request.itemId())
            : discussions.exists(request.itemId());
    if (!exists) {
      throw ProblemException.notFound(
          "No " + request.itemType().name().toLowerCase() + " " + request.itemId() + ".");
    }
    readModel.recordFeedback(member, request.itemType(), request.itemId(), request.action());
  }

  private int candidateLimit() {
    return config.recommendations().candidates();
  }

  private <C extends Candidate> List<Scoring.Scored> rank(
      List<C> found, Scoring<C> scoring, int limit) {
    return Diversity.diversify(
        found.stream().map(scoring::score).toList(),
        limit,
        config.recommendations().relevanceWeight());
  }

  private static <V> Recommendations<V> answer(
      MemberContext context,
      List<Scoring.Scored> ranked,
      Function<List<UUID>, List<V>> load,
      Function<V, UUID> idOf) {
    Map<UUID, V> views =
        load.apply(ranked.stream().map(s -> s.candidate().id()).toList()).stream()
            .collect(Collectors.toMap(idOf, v -> v));
    List<Recommendation<V>> items =
        ranked.stream()
            .filter(s -> views.containsKey(s.candidate().id()))
            .map(s -> new Recommendation<>(views.get(s.candidate().id()), s.score(), s.reasons()))
            .toList();
    return new Recommendations<>(items, context.degraded(), context.missingSignals());
  }
}
