package dev.rapport.recommendation.catalog;

import static dev.rapport.recommendation.catalog.CatalogPages.blankToNull;

import dev.rapport.common.web.ProblemException;
import dev.rapport.recommendation.Topics;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Curates the discussions: admin writes, bulk imports by url, and public searches. */
@ApplicationScoped
public class DiscussionService {

  private final DiscussionRepository discussions;
  private final Clock clock;

  public DiscussionService(DiscussionRepository discussions, Clock clock) {
    this.discussions = discussions;
    this.clock = clock;
  }

  @Transactional
  public DiscussionView create(DiscussionRequest request) {
    if (discussions.count("url", request.url()) > 0) {
      throw ProblemException.conflict(
          "A discussion with url " + request.url() + " already exists.");
    }
    return DiscussionView.of(persistNew(request));
  }

  @Transactional
  public DiscussionView update(UUID id, DiscussionRequest request) {
    Discussion discussion = find(id);
    if (discussions.count(
            "url = :url and id <> :id", Parameters.with("url", request.url()).and("id", id))
        > 0) {
      throw ProblemException.conflict("Another discussion has url " + request.url() + ".");
    }
    apply(discussion, request);
    discussions.flush();
    return DiscussionView.of(discussion);
  }

  @Transactional
  public void delete(UUID id) {
    discussions.delete(find(id));
  }

  @Transactional
  public DiscussionView get(UUID id) {
    return DiscussionView.of(find(id));
  }

  @Transactional
  public CatalogPage<DiscussionView> search(
      String q, String topic, DiscussionKind kind, Community community, String cursor, int limit) {
    List<CatalogSearch.Hit> hits =
        discussions.search(
            blankToNull(q),
            Topics.normalise(topic),
            kind,
            community,
            PageCursor.decode(cursor),
            limit + 1);
    return CatalogPages.page(hits, limit, discussions::byIds, d -> d.id, DiscussionView::of);
  }

  /** Views of the given discussions, in the given order, skipping ids that no longer exist. */
  @Transactional
  public List<DiscussionView> byIds(List<UUID> ids) {
    return CatalogPages.inOrder(ids, discussions::byIds, d -> d.id, DiscussionView::of);
  }

  @Transactional
  public boolean exists(UUID id) {
    return discussions.count("id", id) > 0;
  }

  /** Discussions by url, like {@link CourseService#importByUrl}. */
  @Transactional
  public ImportResult importByUrl(List<DiscussionRequest> requests) {
    CatalogPages.rejectRepeatedUrls(requests.stream().map(DiscussionRequest::url).toList());
    int created = 0;
    int updated = 0;
    for (DiscussionRequest request : requests) {
      Discussion existing = discussions.byUrl(request.url().strip()).orElse(null);
      if (existing == null) {
        persistNew(request);
        created++;
      } else if (!DiscussionView.of(existing).equals(viewAfter(existing, request))) {
        apply(existing, request);
        updated++;
      }
    }
    return new ImportResult(created, updated, requests.size() - created - updated);
  }

  private Discussion persistNew(DiscussionRequest request) {
    Discussion discussion = new Discussion();
    discussion.id = UUID.randomUUID();
    discussion.createdAt = clock.instant();
    apply(discussion, request);
    discussions.persist(discussion);
    return discussion;
  }

  private DiscussionView viewAfter(Discussion existing, DiscussionRequest request) {
    Discussion copy = new Discussion();
    copy.id = existing.id;
    copy.createdAt = existing.createdAt;
    apply(copy, request);
    copy.updatedAt = existing.updatedAt;
    return DiscussionView.of(copy);
  }

  private Discussion find(UUID id) {
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
}
