package dev.rapport.recommendation.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how current the read model is. Always UP: a feed behind or down degrades some signals but
 * every recommendation still answers, so the service stays ready and says why in the details.
 */
@Readiness
@ApplicationScoped
public class ReadModelHealthCheck implements HealthCheck {

  private final FeedFollower follower;

  public ReadModelHealthCheck(FeedFollower follower) {
    this.follower = follower;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder builder = HealthCheckResponse.named("Read model feeds").up();
    for (Feed feed : Feed.values()) {
      FeedStatus status = follower.status(feed);
      builder.withData(feed.label() + ".state", status.state().name());
      builder.withData(feed.label() + ".lagSeconds", follower.lagSeconds(feed));
      builder.withData(feed.label() + ".applied", status.applied());
      if (status.lastError() != null) {
        builder.withData(feed.label() + ".lastError", status.lastError());
      }
    }
    return builder.build();
  }
}
