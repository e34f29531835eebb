package dev.rapport.bench.seed;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One connection as profile-service stores it: the endpoints and status {@link DataSet} drew, and
 * its dates, context and note drawn from the connection's own generator.
 */
record ConnectionRow(
    UUID id,
    UUID requester,
    UUID addressee,
    String status,
    String context,
    String note,
    Instant createdAt,
    Instant updatedAt) {

  private static final String[] CONTEXTS = {
    "COLLEAGUE", "CLIENT", "CLASSMATE", "FRIEND", "PEER", "MENTOR"
  };
  private static final String[] STATUSES = {"ACCEPTED", "PENDING", "DECLINED"};

  /** Connection {@code k} of the data set. */
  static ConnectionRow draw(DataSet data, int k) {
    SplittableRandom r = data.random("connection", k);
    int a = data.requester[k];
    int b = data.addressee[k];
    Instant both = data.joinedAt[a].isAfter(data.joinedAt[b]) ? data.joinedAt[a] : data.joinedAt[b];
    Instant created = data.between(r, both, 1.0);
    String status = STATUSES[data.status[k]];
    Instant updated =
        status.equals("PENDING")
            ? created
            : Draws.min(created.plusSeconds(r.nextInt(7 * 24 * 3600)), data.anchor);
    return new ConnectionRow(
        data.uuid("connection", k),
        data.memberIds[a],
        data.memberIds[b],
        status,
        CONTEXTS[r.nextInt(CONTEXTS.length)],
        r.nextDouble() < 0.2 ? "Good to meet you, let's stay in touch!" : null,
        created,
        updated);
  }
}
