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

  /** Following profile-service's member-changes into the local copy of members and connections. */
  MemberFeed memberFeed();

  interface MemberFeed {
    /** How often the follower reads the feed ({@code off} disables it, as in tests). */
    @WithDefault("2s")
    String every();

    /** Changes per page asked for; a full page is followed at once by the next one. */
    @WithDefault("5000")
    int pageSize();

    /** The page size used when profile-service refuses {@link #pageSize()} with a 400. */
    @WithDefault("500")
    int fallbackPageSize();

    /** Pages read per run at most, so one run does not hold the scheduler thread for long. */
    @WithDefault("50")
    int maxPagesPerRun();
  }
}
