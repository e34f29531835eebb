package dev.rapport.recommendation.readmodel;

import java.util.Locale;
import java.util.Optional;

/** The goals a member can state in profile-service, with how a reason names each. */
public enum Goal {
  FIND_JOB("find a job"),
  BECOME_KNOWN_EXPERT("be known as an expert"),
  RECONNECT("reconnect"),
  FIND_CLIENTS("find clients"),
  EXPAND_PEER_NETWORK("expand your peer network");

  private final String label;

  Goal(String label) {
    this.label = label;
  }

  /** As in "Fits your goal: find a job". */
  public String label() {
    return label;
  }

  /** The goal named, in any case; empty for one profile-service does not define. */
  static Optional<Goal> parse(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
