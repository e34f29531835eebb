package dev.rapport.recommendation.catalog;

import dev.rapport.common.web.ProblemException;
import dev.rapport.recommendation.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Curates the catalog: admin writes, bulk imports by url, and public searches. */
@ApplicationScoped
public class CatalogService {

  private final CourseRepository courses;
  private final DiscussionRepository discussions;
  private final Clock clock;

  public CatalogService(CourseRepository courses, DiscussionRepository discussions, Clock clock) {
    this.courses = courses;
    this.discussions = discussions;
    this.clock = clock;
  }

  // --- courses ---------------------------------------------------------------------------------

  @Transactional
  public CourseView createCourse(CourseRequest request) {
    if (courses.count("url", request.url()) > 0) {
      throw ProblemException.conflict("A course with url " + request.url() + " already exists.");
    }
    Course course = new Course();
    course.id = UUID.randomUUID();
    course.createdAt = clock.instant();
    apply(course, request);
    courses.persist(course);
    return CourseView.of(course);
  }

  @Transactional
  public CourseView updateCourse(UUID id, CourseRequest request) {
    Course course = findCourse(id);
    if (courses.count("url = ?1 and id <> ?2", request.url(), id) > 0) {
      throw ProblemException.conflict("Another course has url " + request.url() + ".");
    }
    apply(course, request);
    courses.flush();
    return CourseView.of(course);
  }

  @Transactional
  public void deleteCourse(UUID id) {
    courses.delete(findCourse(id));
  }

  @Transactional
  public CourseView getCourse(UUID id) {
    return CourseView.of(findCourse(id));
  }

  @Transactional
  public CatalogPage<CourseView> searchCourses(
      String q, String topic, Provider provider, Level level, String cursor, int limit) {
    List<SqlSearch.Hit> hits =
        courses.search(
            blankToNull(q),
            Topics.normalise(topic),
            provider,
            level,
            PageCursor.decode(cursor),
            limit + 1);
    return page(hits, limit, ids -> courses.byIds(ids), c -> c.id, CourseView::of);
  }

  /** Views of the given courses, in the given order, skipping ids that no longer exist. */
  @Transactional
  public List<CourseView> coursesByIds(List<UUID> ids) {
    Map<UUID, Course> found =
        courses.byIds(ids).stream().collect(Collectors.toMap(c -> c.id, c -> c));
    return ids.stream().map(found::get).filter(Objects::nonNull).map(CourseView::of).toList();
  }

  @Transactional
  public boolean courseExists(UUID id) {
    return courses.count("id", id) > 0;
  }

  /** Creates courses whose url is new, updates those that differ, leaves the rest untouched. */
  @Transactional
  public ImportResult importCourses(List<CourseRequest> requests) {
    rejectRepeatedUrls(requests.stream().map(CourseRequest::url).toList());
    Instant now = clock.instant();
    int created = 0;
    int updated = 0;
    for (CourseRequest request : requests) {
      Course course = new Course();
      apply(course, request);
      switch (courses.upsertByUrl(course, now)) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> {}
      }
    }
    return new ImportResult(created, updated, requests.size() - created - updated);
  }

  private Course findCourse(UUID id) {
    return courses
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("No course " + id + "."));
  }

  private void apply(Course course, CourseRequest r) {
    course.provider = r.provider();
    course.title = r.title().strip();
    course.url = r.url().strip();
    course.description = blankToNull(r.description());
    course.topics = Topics.array(r.topics());
    course.skills = Topics.array(r.skills());
    course.level = r.level();
    course.durationMinutes = r.durationMinutes();
    course.language = r.language().strip();
    course.rating =
        r.rating() == null ? null : r.rating().setScale(1, java.math.RoundingMode.HALF_UP);
    course.ratingCount = r.ratingCount() == null ? 0 : r.ratingCount();
    course.cohortStart = r.cohortStart();
    course.updatedAt = clock.instant();
  }

  // --- discussions -----------------------------------------------------------------------------

  @Transactional
  public DiscussionView createDiscussion(DiscussionRequest request) {
    if (discussions.count("url", request.url()) > 0) {
      throw ProblemException.conflict(
          "A discussion with url " + request.url() + " already exists.");
    }
    Discussion discussion = new Discussion();
    discussion.id = UUID.randomUUID();
    discussion.createdAt = clock.instant();
    apply(discussion, request);
    discussions.persist(discussion);
    return DiscussionView.of(discussion);
  }

  @Transactional
  public DiscussionView updateDiscussion(UUID id, DiscussionRequest request) {
    Discussion discussion = findDiscussion(id);
    if (discussions.count("url = ?1 and id <> ?2", request.url(), id) > 0) {
      throw ProblemException.conflict("Another discussion has url " + request.url() + ".");
    }
    apply(discussion, request);
    discussions.flush();
    return DiscussionView.of(discussion);
  }

  @Transactional
  public void deleteDiscussion(UUID id) {
    discussions.delete(findDiscussion(id));
  }

  @Transactional
  public DiscussionView getDiscussion(UUID id) {
    return DiscussionView.of(findDiscussion(id));
  }

  @Transactional
  public CatalogPage<DiscussionView> searchDiscussions(
      String q, String topic, DiscussionKind kind, Community community, String cursor, int limit) {
    List<SqlSearch.Hit> hits =
        discussions.search(
            blankToNull(q),
            Topics.normalise(topic),
            kind,
            community,
            PageCursor.decode(cursor),
            limit + 1);
    return page(hits, limit, ids -> discussions.byIds(ids), d -> d.id, DiscussionView::of);
  }

  @Transactional
  public List<DiscussionView> discussionsByIds(List<UUID> ids) {
    Map<UUID, Discussion> found =
        discussions.byIds(ids).stream().collect(Collectors.toMap(d -> d.id, d -> d));
    return ids.stream().map(found::get).filter(Objects::nonNull).map(DiscussionView::of).toList();
  }

  @Transactional
  public boolean discussionExists(UUID id) {
    return discussions.count("id", id) > 0;
  }

  /** Discussions by url, like {@link #importCourses}. */
  @Transactional
  public ImportResult importDiscussions(List<DiscussionRequest> requests) {
    rejectRepeatedUrls(requests.stream().map(DiscussionRequest::url).toList());
    int created = 0;
    int updated = 0;
    for (DiscussionRequest request : requests) {
      Discussion existing = discussions.byUrl(request.url().strip()).orElse(null);
      if (existing == null) {
        Discussion discussion = new Discussion();
        discussion.id = UUID.randomUUID();
        discussion.createdAt = clock.instant();
        apply(discussion, request);
        discussions.persist(discussion);
        created++;
      } else if (!DiscussionView.of(existing).equals(viewAfter(existing, request))) {
        apply(existing, request);
        updated++;
      }
    }
    return new ImportResult(created, updated, requests.size() - created - updated);
  }

  private DiscussionView viewAfter(Discussion existing, DiscussionRequest request) {
    Discussion copy = new Discussion();
    copy.id = existing.id;
    copy.createdAt = existing.createdAt;
    apply(copy, request);
    copy.updatedAt = existing.updatedAt;
    return DiscussionView.of(copy);
  }

  private Discussion findDiscussion(UUID id) {
    return discussions
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("No discussion " + id + "."));
  }

  private void apply(Discussion discussion, DiscussionRequest r) {
    discussion.kind = r.kind();
    discussion.title = r.title().strip();
    discussion.description = blankToNull(r.description());
    discussion.url = r.url().strip();
    discussion.topics = Topics.array(r.topics());
    discussion.community = r.community();
    discussion.audience = blankToNull(r.audience());
    discussion.activityLevel = r.activityLevel();
    discussion.updatedAt = clock.instant();
  }

  // --- shared ----------------------------------------------------------------------------------

  private static <E, V> CatalogPage<V> page(
      List<SqlSearch.Hit> hits,
      int limit,
      Function<List<UUID>, List<E>> load,
      Function<E, UUID> idOf,
      Function<E, V> view) {
    List<SqlSearch.Hit> shown = hits.size() > limit ? hits.subList(0, limit) : hits;
    Map<UUID, E> byId = new HashMap<>();
    load.apply(shown.stream().map(SqlSearch.Hit::id).toList())
        .forEach(e -> byId.put(idOf.apply(e), e));
    List<V> items =
        shown.stream().map(h -> byId.get(h.id())).filter(Objects::nonNull).map(view).toList();
    String next = null;
    if (hits.size() > limit) {
      SqlSearch.Hit last = shown.get(shown.size() - 1);
      next = new PageCursor(last.key(), last.id()).encode();
    }
    return new CatalogPage<>(items, next);
  }

  private static void rejectRepeatedUrls(List<String> urls) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < urls.size(); i++) {
      Integer first = seen.putIfAbsent(urls.get(i).strip(), i);
      if (first != null) {
        throw ProblemException.invalid(
            "[" + i + "].url", "repeats the url of item [" + first + "]");
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
