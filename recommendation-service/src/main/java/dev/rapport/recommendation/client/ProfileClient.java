package dev.rapport.recommendation.client;

import dev.rapport.common.changefeed.FeedPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * profile-service behind timeouts, retries (reads only) and a circuit breaker. Failures surface as
 * exceptions; callers decide how to degrade.
 */
@ApplicationScoped
public class ProfileClient {

  private final ProfileRestClient rest;

  public ProfileClient(@RestClient ProfileRestClient rest) {
    this.rest = rest;
  }

  /** A member with every positioning section (services see all); empty when unknown. */
  @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = IllegalArgumentException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS)
  public Optional<MemberProfile> member(UUID id) {
    MemberProfile.Members found = rest.members(id.toString());
    if (found == null || found.items() == null) {
      return Optional.empty();
    }
    return found.items().stream().filter(m -> id.equals(m.id())).findFirst();
  }

  /** One page of member-changes after the cursor (null: from the start). */
  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  public FeedPage memberChanges(String after, int limit) {
    return rest.memberChanges(after, limit);
  }
}
