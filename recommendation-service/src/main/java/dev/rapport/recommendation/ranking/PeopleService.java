package dev.rapport.recommendation.ranking;

import dev.rapport.common.web.ProblemException;
import dev.rapport.recommendation.RecommendationConfig;
import dev.rapport.recommendation.Topics;
import dev.rapport.recommendation.catalog.CourseService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Suggests members from the read model: study buddies for a course and connections to share an
 * article with. A feed that is down degrades the answer, never fails it.
 */
@ApplicationScoped
public class PeopleService {

  private static final Duration RECENT = Duration.ofDays(90);

  private final PeopleRepository people;
  private final CourseService courses;
  private final MemberContexts contexts;
  private final RecommendationConfig config;
  private final Clock clock;

  public PeopleService(
      PeopleRepository people,
      CourseService courses,
      MemberContexts contexts,
      RecommendationConfig config,
      Clock clock) {
    this.people = people;
    this.courses = courses;
    this.contexts = contexts;
    this.config = config;
    this.clock = clock;
  }

  /** Connections first, then members sharing the course's topics, most likely to join first. */
  public PersonSuggestions studyBuddies(UUID member, UUID course, int limit) {
    if (!courses.exists(course)) {
      throw ProblemException.notFound("No course " + course + ".");
    }
    MemberContext context = contexts.of(member, false);
    PersonSuggestions buddies =
        answer(
            context,
            people.studyBuddies(member, course, config.recommendations().candidates()),
            PeopleScoring::studyBuddy,
            limit);
    return new PersonSuggestions(
        buddies.items().stream().map(s -> s.invitableTo(course)).toList(),
        buddies.degraded(),
        buddies.missingSignals());
  }

  /** The member's connections who would value the article, best first. */
  public PersonSuggestions shareTargets(UUID member, ShareRequest article, int limit) {
    MemberContext context = contexts.of(member, false);
    return answer(
        context,
        people.shareTargets(
            member,
            Topics.array(article.topics()),
            clock.instant().minus(RECENT),
            config.recommendations().candidates()),
        PeopleScoring::shareTarget,
        limit);
  }

  private static PersonSuggestions answer(
      MemberContext context,
      List<PeopleRepository.Person> found,
      Function<PeopleRepository.Person, PersonSuggestion> score,
      int limit) {
    return new PersonSuggestions(
        PeopleScoring.top(found.stream().map(score).toList(), limit),
        context.degraded(),
        context.missingSignals());
  }
}
