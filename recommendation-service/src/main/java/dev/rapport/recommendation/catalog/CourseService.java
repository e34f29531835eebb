package dev.rapport.recommendation.catalog;

import static dev.rapport.recommendation.catalog.CatalogPages.blankToNull;

import dev.rapport.common.web.ProblemException;
import dev.rapport.recommendation.Topics;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Curates the course catalog: admin writes, bulk imports by url, and public searches. */
@ApplicationScoped
public class CourseService {

  private final CourseRepository courses;
  private final Clock clock;

  public CourseService(CourseRepository courses, Clock clock) {
    this.courses = courses;
    this.clock = clock;
  }

  @Transactional
  public CourseView create(CourseRequest request) {
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
  public CourseView update(UUID id, CourseRequest request) {
    Course course = find(id);
    if (courses.count(
            "url = :url and id <> :id", Parameters.with("url", request.url()).and("id", id))
        > 0) {
      throw ProblemException.conflict("Another course has url " + request.url() + ".");
    }
    apply(course, request);
    courses.flush();
    return CourseView.of(course);
  }

  @Transactional
  public void delete(UUID id) {
    courses.delete(find(id));
  }

  @Transactional
  public CourseView get(UUID id) {
    return CourseView.of(find(id));
  }

  @Transactional
  public CatalogPage<CourseView> search(
      String q, String topic, Provider provider, Level level, String cursor, int limit) {
    List<CatalogSearch.Hit> hits =
        courses.search(
            blankToNull(q),
            Topics.normalise(topic),
            provider,
            level,
            PageCursor.decode(cursor),
            limit + 1);
    return CatalogPages.page(hits, limit, courses::byIds, c -> c.id, CourseView::of);
  }

  /** Views of the given courses, in the given order, skipping ids that no longer exist. */
  @Transactional
  public List<CourseView> byIds(List<UUID> ids) {
    return CatalogPages.inOrder(ids, courses::byIds, c -> c.id, CourseView::of);
  }

  @Transactional
  public boolean exists(UUID id) {
    return courses.count("id", id) > 0;
  }

  /** Creates courses whose url is new, updates those that differ, leaves the rest untouched. */
  @Transactional
  public ImportResult importByUrl(List<CourseRequest> requests) {
    CatalogPages.rejectRepeatedUrls(requests.stream().map(CourseRequest::url).toList());
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

  private Course find(UUID id) {
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
    course.rating = r.rating() == null ? null : r.rating().setScale(1, RoundingMode.HALF_UP);
    course.ratingCount = r.ratingCount() == null ? 0 : r.ratingCount();
    course.cohortStart = r.cohortStart();
    course.updatedAt = clock.instant();
  }
}
