package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.readmodel.PositioningDigest;
import java.util.List;

/** What is known about the asking member, and which signals are missing. */
record MemberContext(PositioningDigest me, List<MissingSignal> missing) {

  boolean degraded() {
    return !missing.isEmpty();
  }

  /** The missing signals as answers name them. */
  List<String> missingSignals() {
    return missing.stream().map(MissingSignal::label).toList();
  }
}
