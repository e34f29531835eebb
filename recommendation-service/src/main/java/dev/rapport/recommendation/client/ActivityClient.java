package dev.rapport.recommendation.client;

import dev.rapport.common.changefeed.FeedPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** activity-service's change feed, behind a timeout. */
@ApplicationScoped
public class ActivityClient {

  private final ActivityRestClient rest;

  public ActivityClient(@RestClient ActivityRestClient rest) {
    this.rest = rest;
  }

  /** One page of activity-changes after the cursor (null: from the start). */
  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  public FeedPage activityChanges(String after, int limit) {
    return rest.activityChanges(after, limit);
  }
}
