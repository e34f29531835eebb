package dev.rapport.recommendation.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DiscussionRepository implements PanacheRepositoryBase<Discussion, UUID> {

  List<CatalogSearch.Hit> search(
      String q,
      String topic,
      DiscussionKind kind,
      Community community,
      PageCursor after,
      int limit) {
    return CatalogSearch.DISCUSSION.run(
        getEntityManager(), q, topic, kind, community, after, limit);
  }

  List<Discussion> byIds(List<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in :ids", Parameters.with("ids", ids));
  }

  Optional<Discussion> byUrl(String url) {
    return find("url", url).firstResultOptional();
  }
}
