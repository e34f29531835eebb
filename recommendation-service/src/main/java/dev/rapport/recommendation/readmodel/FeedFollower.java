package dev.rapport.recommendation.readmodel;

import dev.rapport.recommendation.RecommendationConfig;
import dev.rapport.recommendation.client.ActivityClient;
import dev.rapport.recommendation.client.FeedPage;
import dev.rapport.recommendation.client.ProfileClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Follows profile-service's member-changes and activity-service's activity-changes in the
 * background, resuming from the stored cursor. A feed that fails is marked DOWN and retried on the
 * next run; recommendations keep answering from what the read model holds.
 */
@ApplicationScoped
public class FeedFollower {

  private static final Logger LOG = Logger.getLogger(FeedFollower.class);

  private final ReadModelService readModel;
  private final ProfileClient profile;
  private final ActivityClient activity;
  private final RecommendationConfig config;
  private final Clock clock;
  private final Map<Feed, FeedStatus> statuses = new EnumMap<>(Feed.class);
  private final Instant startedAt;

  public FeedFollower(
      ReadModelService readModel,
      ProfileClient profile,
      ActivityClient activity,
      RecommendationConfig config,
      Clock clock,
      MeterRegistry registry) {
    this.readModel = readModel;
    this.profile = profile;
    this.activity = activity;
    this.config = config;
    this.clock = clock;
    this.startedAt = clock.instant();
    for (Feed feed : Feed.values()) {
      Gauge.builder("rapport.read.model.lag", this, f -> f.lagSeconds(feed))
          .description("Seconds of changes the read model may be missing from the feed")
          .baseUnit("seconds")
          .tag("feed", feed.label())
          .register(registry);
    }
  }

  void onStart(@Observes StartupEvent event) {
    for (Feed feed : Feed.values()) {
      statuses.put(feed, readModel.status(feed));
    }
  }

  @Scheduled(
      identity = "follow-change-feeds",
      every = "${rapport.feeds.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    followAll();
  }

  /** Reads every feed up to its end (or the per-run page budget). */
  public synchronized void followAll() {
    for (Feed feed : Feed.values()) {
      follow(feed);
    }
  }

  /** Reads one feed up to its end (or the per-run page budget); answers its status after. */
  public synchronized FeedStatus follow(Feed feed) {
    int pageSize = config.feeds().pageSize();
    for (int pages = 0; pages < config.feeds().maxPagesPerRun(); pages++) {
      String cursor = readModel.cursor(feed).orElse(null);
      FeedPage page;
      try {
        page =
            switch (feed) {
              case MEMBER_CHANGES -> profile.memberChanges(cursor, pageSize);
              case ACTIVITY_CHANGES -> activity.activityChanges(cursor, pageSize);
            };
      } catch (RuntimeException e) {
        if (status(feed).state() != FeedStatus.State.DOWN) {
          LOG.warnf("The %s feed cannot be read: %s", feed.label(), e.getMessage());
        }
        readModel.recordFailure(feed, describe(e));
        break;
      }
      int size = page == null || page.changes() == null ? 0 : page.changes().size();
      boolean more = size >= pageSize;
      readModel.apply(
          feed, page == null ? new FeedPage(java.util.List.of(), cursor) : page, cursor, !more);
      if (!more) {
        break;
      }
    }
    FeedStatus status = readModel.status(feed);
    statuses.put(feed, status);
    return status;
  }

  /** The feed's last known status, without touching the database. */
  public FeedStatus status(Feed feed) {
    return statuses.getOrDefault(
        feed, new FeedStatus(feed, FeedStatus.State.STARTING, null, null, null, null, 0));
  }

  public long lagSeconds(Feed feed) {
    return status(feed).lagSeconds(clock.instant(), startedAt);
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
