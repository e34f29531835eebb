package dev.rapport.recommendation.client;

import dev.rapport.common.changefeed.FeedPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * profile-service's member feed, behind a timeout. Failures surface as exceptions; the feed
 * follower decides how to degrade. Requests never call profile-service: the feed keeps the copy
 * they read.
 */
@ApplicationScoped
public class ProfileClient {

  private final ProfileRestClient rest;

  public ProfileClient(@RestClient ProfileRestClient rest) {
    this.rest = rest;
  }

  /** One page of member-changes after the cursor (null: from the start). */
  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  public FeedPage memberChanges(String after, int limit) {
    return rest.memberChanges(after, limit);
  }
}
