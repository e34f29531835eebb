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

  /** Outbound webhooks. */
  Webhooks webhooks();

  interface Webhooks {
    /** How often due deliveries are sent ({@code off} disables it, as in tests). */
    @WithDefault("1s")
    String every();

    /** Attempts per delivery before it is FAILED. */
    @WithDefault("6")
    int maxAttempts();

    /** The wait before the second attempt; each later wait doubles it. */
    @WithDefault("PT2S")
    Duration firstRetry();

    /** Failed attempts in a row (across deliveries) after which a subscription is disabled. */
    @WithDefault("10")
    int disableAfter();

    /** Connect and response timeout of one attempt. */
    @WithDefault("PT5S")
    Duration timeout();

    /** Whether plain http URLs may be registered (dev and tests: receivers on localhost). */
    @WithDefault("false")
    boolean allowHttp();
  }
}
