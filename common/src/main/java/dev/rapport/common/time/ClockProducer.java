package dev.rapport.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of time of every service, so tests can move it: a test replaces it with an
 * {@code @Alternative} clock bean or producer (activity-service's {@code TestClock},
 * recommendation-service's {@code EvaluationClock}).
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
