package dev.rapport.recommendation.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class DiscussionRepository implements PanacheRepositoryBase<Discussion, UUID> {

  List<SqlSearch.Hit> search(
      String q,
      String topic,
      DiscussionKind kind,
      Community community,
      PageCursor after,
      int limit) {
    SqlSearch search = new SqlSearch("discussion");
    if (topic != null) {
      search.where("t.topics @> ARRAY[?]::text[]", topic);
    }
    if (kind != null) {
      search.where("t.kind = ?", kind.name());
    }
    if (community != null) {
      search.where("t.community = ?", community.name());
    }
    return getEntityManager()
        .unwrap(Session.class)
        .doReturningWork(connection -> search.run(connection, q, after, limit));
  }

  List<Discussion> byIds(List<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  Optional<Discussion> byUrl(String url) {
    return find("url", url).firstResultOptional();
  }
}
