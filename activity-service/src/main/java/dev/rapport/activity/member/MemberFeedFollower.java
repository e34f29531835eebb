package dev.rapport.activity.member;

import dev.rapport.activity.ActivityConfig;
import dev.rapport.activity.client.ProfileClient;
import dev.rapport.activity.member.MemberCopyRepository.Position;
import dev.rapport.common.changefeed.FeedPage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Follows profile-service's member-changes in the background into the local copy of members and
 * connections, resuming from the stored cursor. Pages are big (5 000 changes; 500 when
 * profile-service refuses that with a 400), and a full page is followed at once by the next, so a
 * fresh start catches up in a few seconds. A failed read is recorded and retried on the next run.
 */
@ApplicationScoped
public class MemberFeedFollower {

  private static final Logger LOG = Logger.getLogger(MemberFeedFollower.class);

  private final MemberCopyService members;
  private final ProfileClient profile;
  private final ActivityConfig.MemberFeed config;
  private final Clock clock;
  private final Instant startedAt;
  private volatile Position status;
  private volatile int pageSize;

  public MemberFeedFollower(
      MemberCopyService members,
      ProfileClient profile,
      ActivityConfig config,
      Clock clock,
      MeterRegistry registry) {
    this.members = members;
    this.profile = profile;
    this.config = config.memberFeed();
    this.clock = clock;
    this.startedAt = clock.instant();
    this.pageSize = this.config.pageSize();
    Gauge.builder("rapport.member.copy.lag", this, MemberFeedFollower::lagSeconds)
        .description("Seconds of member changes the local copy may be missing")
        .baseUnit("seconds")
        .register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    status = members.position().orElse(null);
  }

  @Scheduled(
      identity = "follow-member-changes",
      every = "${activity.member-feed.every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    follow();
  }

  /** Reads the feed up to its end (or the per-run page budget); answers where it stands after. */
  public synchronized Position follow() {
    for (int pages = 0; pages < config.maxPagesPerRun(); pages++) {
      String cursor = members.position().map(Position::cursor).orElse(null);
      int size = pageSize;
      FeedPage page;
      try {
        page = profile.memberChanges(cursor, size);
      } catch (WebApplicationException e) {
        if (e.getResponse().getStatus() == 400 && size > config.fallbackPageSize()) {
          LOG.infof(
              "profile-service refused pages of %d member changes; reading %d at a time",
              size, config.fallbackPageSize());
          pageSize = config.fallbackPageSize();
          pages--;
          continue;
        }
        fail(e);
        break;
      } catch (RuntimeException e) {
        fail(e);
        break;
      }
      if (page == null) {
        page = new FeedPage(List.of(), cursor);
      }
      boolean full = page.changes() != null && page.changes().size() >= size;
      status = members.apply(page, cursor, !full);
      if (!full) {
        break;
      }
    }
    return status;
  }

  private void fail(RuntimeException e) {
    if (status == null || status.lastError() == null) {
      LOG.warnf("profile-service's member-changes cannot be read: %s", e.getMessage());
    }
    String text =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    status = members.recordFailure(text.length() > 500 ? text.substring(0, 500) : text);
  }

  /** Where the follower stands, without touching the database; null before the first read. */
  public Position status() {
    return status;
  }

  public int pageSize() {
    return pageSize;
  }

  /**
   * Seconds of changes the copy may be missing: 0 when the last read reached the end of the feed;
   * since the last applied change while pages remain; since the last successful read when the feed
   * cannot be read (or since start before the first read).
   */
  public long lagSeconds() {
    Instant now = clock.instant();
    Position p = status;
    Instant since;
    if (p == null) {
      since = startedAt;
    } else if (p.caughtUp() && p.lastError() == null) {
      since = now;
    } else if (p.lastError() == null && p.lastChangeAt() != null) {
      since = p.lastChangeAt();
    } else {
      since = p.lastSuccessAt() != null ? p.lastSuccessAt() : startedAt;
    }
    return Math.max(0, Duration.between(since, now).toSeconds());
  }
}
