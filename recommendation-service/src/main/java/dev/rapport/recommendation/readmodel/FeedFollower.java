package dev.rapport.recommendation.readmodel;

import dev.rapport.common.changefeed.FeedPage;
import dev.rapport.recommendation.RecommendationConfig;
import dev.rapport.recommendation.client.ActivityClient;
import dev.rapport.recommendation.client.ProfileClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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
  private final Map<Feed, FeedStatus> statuses = new ConcurrentHashMap<>();
  private final Instant startedAt;
  private final Map<Feed, Integer> pageSizes = new ConcurrentHashMap<>();
  private final Map<Feed, ReentrantLock> locks = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  /** The page size every producer allows; used when a larger one is refused with a 400. */
  static final int FALLBACK_PAGE_SIZE = 500;

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
      pageSizes.put(feed, config.feeds().pageSize());
      locks.put(feed, new ReentrantLock());
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  // One job per feed, so a slow or stopped feed never holds the other back.
  @Scheduled(
      identity = "follow-member-changes",
      every = "${rapport.feeds.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void followMemberChanges() {
    followToTheEnd(Feed.MEMBER_CHANGES);
  }

  @Scheduled(
      identity = "follow-activity-changes",
      every = "${rapport.feeds.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void followActivityChanges() {
    followToTheEnd(Feed.ACTIVITY_CHANGES);
  }

  /** Re-polls at once, run after run, while pages come back full. */
  void followToTheEnd(Feed feed) {
    while (!stopping && follow(feed).state() == FeedStatus.State.BEHIND) {
      // the per-run page budget was spent on full pages: go on without waiting for the next tick
    }
  }

  /** Reads every feed up to its end (or the per-run page budget), both at once. */
  public void followAll() {
    CompletableFuture<?> members = CompletableFuture.runAsync(() -> follow(Feed.MEMBER_CHANGES));
    follow(Feed.ACTIVITY_CHANGES);
    members.join();
  }

  /** Reads one feed up to its end (or the per-run page budget); answers its status after. */
  public FeedStatus follow(Feed feed) {
    ReentrantLock lock = locks.computeIfAbsent(feed, f -> new ReentrantLock());
    lock.lock();
    try {
      readPages(feed);
      FeedStatus status = readModel.status(feed);
      statuses.put(feed, status);
      return status;
    } finally {
      lock.unlock();
    }
  }

  private void readPages(Feed feed) {
    for (int pages = 0; pages < config.feeds().maxPagesPerRun(); pages++) {
      int pageSize = pageSizes.getOrDefault(feed, config.feeds().pageSize());
      String cursor = readModel.cursor(feed).orElse(null);
      FeedPage page;
      try {
        page =
            switch (feed) {
              case MEMBER_CHANGES -> profile.memberChanges(cursor, pageSize);
              case ACTIVITY_CHANGES -> activity.activityChanges(cursor, pageSize);
            };
      } catch (RuntimeException e) {
        if (!refusedPageSize(e, pageSize)) {
          if (status(feed).state() != FeedStatus.State.DOWN) {
            LOG.warnf("The %s feed cannot be read: %s", feed.label(), e.getMessage());
          }
          readModel.recordFailure(feed, describe(e));
          break;
        }
        // A producer that does not allow pages this large yet: take the size every one allows.
        LOG.infof(
            "The %s feed refused pages of %d changes; reading pages of %d",
            feed.label(), pageSize, FALLBACK_PAGE_SIZE);
        pageSizes.put(feed, FALLBACK_PAGE_SIZE);
        pages--;
        continue;
      }
      int size = page == null || page.changes() == null ? 0 : page.changes().size();
      boolean more = size >= pageSize;
      readModel.apply(
          feed, page == null ? new FeedPage(java.util.List.of(), cursor) : page, cursor, !more);
      if (!more) {
        break;
      }
    }
  }

  /** The feed's last known status, without touching the database. */
  public FeedStatus status(Feed feed) {
    return statuses.getOrDefault(
        feed, new FeedStatus(feed, FeedStatus.State.STARTING, null, null, null, null, 0));
  }

  public long lagSeconds(Feed feed) {
    return status(feed).lagSeconds(clock.instant(), startedAt);
  }

  private static boolean refusedPageSize(RuntimeException e, int pageSize) {
    return pageSize > FALLBACK_PAGE_SIZE
        && e instanceof WebApplicationException w
        && w.getResponse() != null
        && w.getResponse().getStatus() == 400;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
