package dev.rapport.activity.client;

import dev.rapport.activity.ActivityConfig;
import dev.rapport.common.changefeed.FeedPage;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What activity-service asks profile-service: which members exist (one batch call per write, only
 * for ids the local copy does not know yet) and the member-changes feed that keeps the local copy
 * of members and connections current (see {@code member.MemberFeedFollower}). Timeouts, one retry
 * and a circuit breaker keep a slow profile-service from holding requests; see the README for the
 * settings.
 */
@ApplicationScoped
public class ProfileClient {

  private static final Logger LOG = Logger.getLogger(ProfileClient.class);

  /** profile-service's batch read accepts at most this many ids per call. */
  static final int BATCH = 200;

  private final ProfileRestClient rest;
  private final ProfileFeedRestClient feed;
  private final ActivityConfig config;

  public ProfileClient(
      @RestClient ProfileRestClient rest,
      @RestClient ProfileFeedRestClient feed,
      ActivityConfig config) {
    this.rest = rest;
    this.feed = feed;
    this.config = config;
  }

  /**
   * The ids among {@code ids} that are members. Throws a 503 problem with Retry-After when
   * profile-service does not answer in time, so the caller's write rolls back.
   */
  @Timeout(2000)
  @Retry(maxRetries = 1, delay = 100)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
  @Fallback(fallbackMethod = "membersUnavailable")
  public Set<UUID> existingMembers(Set<UUID> ids) {
    Set<UUID> found = new HashSet<>();
    List<UUID> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += BATCH) {
      String batch =
          all.subList(from, Math.min(all.size(), from + BATCH)).stream()
              .map(UUID::toString)
              .collect(Collectors.joining(","));
      var response = rest.members(batch);
      if (response != null && response.items() != null) {
        response.items().forEach(m -> found.add(m.id()));
      }
    }
    return found;
  }

  Set<UUID> membersUnavailable(Set<UUID> ids, Throwable cause) {
    LOG.warnf("profile-service did not answer the member check: %s", cause.toString());
    throw new ProblemException(
        ProblemType.DEPENDENCY_UNAVAILABLE,
        "profile-service, which confirms member ids, did not answer in time; nothing was stored."
            + " Retry later with the same Idempotency-Key.",
        List.of(),
        Map.of("Retry-After", String.valueOf(config.profileRetryAfter().toSeconds())));
  }

  /**
   * One page of member-changes after {@code after} (null: from the start). Failures reach the
   * caller, the feed follower, which records them and retries on its next run.
   */
  public FeedPage memberChanges(String after, int limit) {
    return feed.memberChanges(after, limit);
  }
}
