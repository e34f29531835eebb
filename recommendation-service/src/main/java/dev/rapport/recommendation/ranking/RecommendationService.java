package dev.rapport.recommendation.ranking;

import dev.rapport.common.web.ProblemException;
import dev.rapport.recommendation.RecommendationConfig;
import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.catalog.CatalogService;
import dev.rapport.recommendation.catalog.CourseView;
import dev.rapport.recommendation.catalog.DiscussionView;
import dev.rapport.recommendation.client.MemberProfile;
import dev.rapport.recommendation.client.ProfileClient;
import dev.rapport.recommendation.readmodel.Feed;
import dev.rapport.recommendation.readmodel.FeedFollower;
import dev.rapport.recommendation.readmodel.FeedStatus;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.ReadModelService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Recommends courses, discussions, study buddies and share targets from the member's positioning
 * (fresh from profile-service when it answers) and the read model. A dependency that is down
 * degrades the answer, never fails it.
 */
@ApplicationScoped
public class RecommendationService {

  private static final Logger LOG = Logger.getLogger(RecommendationService.class);
  private static final Duration RECENT = Duration.ofDays(90);

  /** What is known about the asking member, and which signals are missing. */
  record Context(PositioningDigest me, List<String> missingSignals) {}

  private final RecommendationRepository repository;
  private final CatalogService catalog;
  private final ReadModelService readModel;
  private final FeedFollower feeds;
  private final ProfileClient profile;
  private final RecommendationConfig config;
  private final Clock clock;

  public RecommendationService(
      RecommendationRepository repository,
      CatalogService catalog,
      ReadModelService readModel,
      FeedFollower feeds,
      ProfileClient profile,
      RecommendationConfig config,
      Clock clock) {
    this.repository = repository;
    this.catalog = catalog;
    this.readModel = readModel;
    this.feeds = feeds;
    this.profile = profile;
    this.config = config;
    this.clock = clock;
  }

  public Recommendations<CourseView> courses(UUID member, int limit) {
    Context context = context(member, true);
    Scoring scoring = scoring(context);
    List<Scoring.Scored> ranked =
        Scoring.diversify(
            repository
                .courseCandidates(member, context.me(), config.recommendations().candidates())
                .stream()
                .map(scoring::course)
                .toList(),
            limit,
            config.recommendations().relevanceWeight());
    return answer(context, ranked, catalog::coursesByIds, CourseView::id);
  }

  public Recommendations<DiscussionView> discussions(UUID member, int limit) {
    Context context = context(member, true);
    Scoring scoring = scoring(context);
    List<Scoring.Scored> ranked =
        Scoring.diversify(
            repository
                .discussionCandidates(member, context.me(), config.recommendations().candidates())
                .stream()
                .map(scoring::discussion)
                .toList(),
            limit,
            config.recommendations().relevanceWeight());
    return answer(context, ranked, catalog::discussionsByIds, DiscussionView::id);
  }

  /** Connections first, then members sharing the course's topics, most likely to join first. */
  public PersonSuggestions studyBuddies(UUID member, UUID course, int limit) {
    if (!catalog.courseExists(course)) {
      throw ProblemException.notFound("No course " + course + ".");
    }
    Context context = context(member, false);
    List<PersonSuggestion> items = new ArrayList<>();
    for (RecommendationRepository.Person p :
        repository.studyBuddies(member, course, config.recommendations().candidates())) {
      List<Reason> reasons = new ArrayList<>();
      double score = 0;
      if (p.connected()) {
        score += 2;
        reasons.add(new Reason(Signal.CONNECTION, "Your connection", List.of(p.id())));
      }
      if (p.enrolled()) {
        score += 1.5;
        reasons.add(
            new Reason(
                Signal.ACTIVITY, "Already enrolled: you could study together", List.of(p.id())));
      }
      if (!p.sharedTopics().isEmpty()) {
        score += 0.8 * Math.min(3, p.sharedTopics().size());
        reasons.add(
            new Reason(
                Signal.INTEREST, "Interested in " + list(p.sharedTopics()), List.of(p.id())));
      }
      if (!p.goalTopics().isEmpty()) {
        score += 1.0;
        reasons.add(
            new Reason(
                Signal.GOAL, "Working towards a goal in " + list(p.goalTopics()), List.of(p.id())));
      }
      items.add(suggestion(p, score, reasons));
    }
    return new PersonSuggestions(
        top(items, limit), !context.missingSignals().isEmpty(), context.missingSignals());
  }

  /** The member's connections who would value the article, best first. */
  public PersonSuggestions shareTargets(UUID member, ShareRequest article, int limit) {
    Context context = context(member, false);
    String[] topics = Topics.array(article.topics());
    List<PersonSuggestion> items = new ArrayList<>();
    for (RecommendationRepository.Person p :
        repository.shareTargets(
            member, topics, clock.instant().minus(RECENT), config.recommendations().candidates())) {
      List<Reason> reasons = new ArrayList<>();
      double score = 0;
      if (!p.goalTopics().isEmpty()) {
        score += 1.5;
        reasons.add(
            new Reason(Signal.GOAL, "Has a goal in " + list(p.goalTopics()), List.of(p.id())));
      }
      if (!p.sharedTopics().isEmpty()) {
        score += 1.0 * Math.min(3, p.sharedTopics().size());
        reasons.add(
            new Reason(
                Signal.INTEREST, "Interested in " + list(p.sharedTopics()), List.of(p.id())));
      }
      if (!p.recentTopics().isEmpty()) {
        score += 0.8 * Math.min(3, p.recentTopics().size());
        reasons.add(
            new Reason(
                Signal.ACTIVITY, "Recently active in " + list(p.recentTopics()), List.of(p.id())));
      }
      items.add(suggestion(p, score, reasons));
    }
    return new PersonSuggestions(
        top(items, limit), !context.missingSignals().isEmpty(), context.missingSignals());
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
            ? catalog.courseExists(request.itemId())
            : catalog.discussionExists(request.itemId());
    if (!exists) {
      throw ProblemException.notFound(
          "No " + request.itemType().name().toLowerCase() + " " + request.itemId() + ".");
    }
    readModel.recordFeedback(
        member, request.itemType().name(), request.itemId(), request.action().name());
  }

  // --- shared --------------------------------------------------------------------------------

  Context context(UUID member, boolean withPositioning) {
    List<String> missing = new ArrayList<>();
    PositioningDigest me = PositioningDigest.EMPTY;
    if (withPositioning) {
      Optional<MemberProfile.Positioning> positioning = Optional.empty();
      boolean profileDown = false;
      try {
        positioning = profile.member(member).map(MemberProfile::positioning);
      } catch (RuntimeException e) {
        LOG.warnf("profile-service did not answer for member %s: %s", member, e.getMessage());
        profileDown = true;
        missing.add("freshPositioning");
      }
      if (positioning.isEmpty()) {
        positioning = readModel.storedPositioning(member);
        if (positioning.isEmpty() && profileDown) {
          missing.add("positioning");
        }
      }
      me = positioning.map(PositioningDigest::of).orElse(PositioningDigest.EMPTY);
    }
    if (feeds.status(Feed.ACTIVITY_CHANGES).state() == FeedStatus.State.DOWN) {
      missing.add("recentActivity");
    }
    if (feeds.status(Feed.MEMBER_CHANGES).state() == FeedStatus.State.DOWN) {
      missing.add("recentConnections");
    }
    return new Context(me, List.copyOf(missing));
  }

  private Scoring scoring(Context context) {
    return new Scoring(
        context.me(),
        config.recommendations().inDemandSkills(),
        clock.instant(),
        config.recommendations().cohortSoon());
  }

  private static <V> Recommendations<V> answer(
      Context context,
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
    return new Recommendations<>(
        items, !context.missingSignals().isEmpty(), context.missingSignals());
  }

  private static PersonSuggestion suggestion(
      RecommendationRepository.Person p, double score, List<Reason> reasons) {
    return new PersonSuggestion(
        new MemberSummary(p.id(), p.displayName(), p.headline()),
        Math.round(score * 1000) / 1000.0,
        List.copyOf(reasons));
  }

  private static List<PersonSuggestion> top(List<PersonSuggestion> items, int limit) {
    return items.stream()
        .sorted(
            Comparator.comparingDouble(PersonSuggestion::score)
                .reversed()
                .thenComparing(s -> s.member().id()))
        .limit(limit)
        .toList();
  }

  private static String list(List<String> values) {
    return String.join(", ", values.stream().limit(3).toList());
  }
}
