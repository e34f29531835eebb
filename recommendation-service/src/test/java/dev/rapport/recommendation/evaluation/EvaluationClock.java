package dev.rapport.recommendation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The evaluation's "now", so cohort-timing reasons (the demo cohorts have fixed dates) and hence
 * the figures do not depend on the day the evaluation runs. Enabled by its test profile only.
 */
@Alternative
@ApplicationScoped
public class EvaluationClock {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Produces
  @Singleton
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
