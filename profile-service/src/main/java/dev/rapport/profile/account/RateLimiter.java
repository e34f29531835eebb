package dev.rapport.profile.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import dev.rapport.profile.ProfileConfig;
import dev.rapport.profile.ProfileConfig.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fixed-window request counters and failure lockouts, kept in memory per instance: two bounded
 * Caffeine caches (at most {@code rapport.limits.max-tracked-keys} entries each, least recently
 * used forgotten first, idle entries expire), so each check is one hash lookup, never a scan. With
 * N replicas an address gets at most N times the configured limit.
 */
@ApplicationScoped
public class RateLimiter {

  private final Clock clock;
  private final ProfileConfig.Limits limits;
  private final Cache<String, Window> windows;
  private final Cache<String, Failures> failures;

  public RateLimiter(ProfileConfig config, Clock clock) {
    this.clock = clock;
    this.limits = config.limits();
    this.windows =
        Caffeine.newBuilder()
            .maximumSize(limits.maxTrackedKeys())
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    this.failures =
        Caffeine.newBuilder()
            .maximumSize(limits.maxTrackedKeys())
            .expireAfterWrite(limits.lockoutDuration().multipliedBy(2))
            .build();
  }

  public ProfileConfig.Limits limits() {
    return limits;
  }

  /** Counts one request against {@code limit} for {@code key}; 429 when the window is full. */
  public void acquire(String kind, String key, Limit limit) {
    long now = clock.millis();
    long window = limit.window().toMillis();
    Window w = windows.get(kind + ':' + key, k -> new Window(now));
    long retryAfterMillis;
    synchronized (w) {
      if (now - w.start >= window) {
        w.start = now;
        w.count = 0;
      }
      if (w.count < limit.requests()) {
        w.count++;
        return;
      }
      retryAfterMillis = w.start + window - now;
    }
    throw tooMany(
        "Too many " + kind + " requests; try again in " + seconds(retryAfterMillis) + " s.",
        retryAfterMillis);
  }

  /** 429 while {@code key} is locked after repeated failures. */
  public void checkNotLocked(String key) {
    Failures f = failures.getIfPresent(normal(key));
    if (f == null) {
      return;
    }
    long now = clock.millis();
    long lockedUntil;
    synchronized (f) {
      lockedUntil = f.lockedUntil;
    }
    if (lockedUntil > now) {
      throw tooMany(
          "Temporarily locked after repeated failures; try again in "
              + seconds(lockedUntil - now)
              + " s.",
          lockedUntil - now);
    }
  }

  /** One more consecutive failure; locks the key when there were too many. */
  public void failed(String key) {
    long now = clock.millis();
    Failures f = failures.asMap().computeIfAbsent(normal(key), k -> new Failures());
    synchronized (f) {
      if (f.lockedUntil != 0 && f.lockedUntil <= now) {
        f.lockedUntil = 0;
        f.count = 0;
      }
      f.count++;
      if (f.count >= limits.lockoutFailures()) {
        f.lockedUntil = now + limits.lockoutDuration().toMillis();
        f.count = 0;
      }
    }
    // re-put so the entry's expiry restarts with each failure
    failures.put(normal(key), f);
  }

  public void succeeded(String key) {
    failures.invalidate(normal(key));
  }

  static String normal(String key) {
    return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
  }

  private static long seconds(long millis) {
    return Math.max(1, (millis + 999) / 1000);
  }

  private static ProblemException tooMany(String detail, long retryAfterMillis) {
    return new ProblemException(
        ProblemType.TOO_MANY_REQUESTS,
        detail,
        List.of(),
        Map.of("Retry-After", Long.toString(seconds(retryAfterMillis))));
  }

  private static final class Window {
    long start;
    int count;

    Window(long start) {
      this.start = start;
    }
  }

  private static final class Failures {
    int count;
    long lockedUntil;
  }
}
