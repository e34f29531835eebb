package dev.rapport.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** activity-service's own settings, under {@code activity.*}. */
@ConfigMapping(prefix = "activity")
public interface ActivityConfig {

  /** How far in the future an activity's occurredAt may lie (clock skew between devices). */
  @WithDefault("PT5M")
  Duration maxFutureSkew();

  /** The Retry-After a write gets when profile-service does not answer in time. */
  @WithDefault("PT5S")
  Duration profileRetryAfter();
}
