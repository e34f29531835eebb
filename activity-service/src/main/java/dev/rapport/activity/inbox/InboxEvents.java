package dev.rapport.activity.inbox;

import dev.rapport.activity.inbox.InboxViews.InboxItem;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.OpaqueCursors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A member's inbox as a live stream of server-sent events: every item that reaches the inbox after
 * the stream opened (or after the event named by {@code Last-Event-ID}), in commit order, each as
 * an {@code inbox-item} event whose id resumes the stream just after it.
 *
 * <p>Each open stream looks for new items every {@link #POLL} with one index range scan of its
 * member's items (V255's {@code (member_id, tx, seq)}), so an item is sent within about a second of
 * its commit, on whichever replica holds the stream, whoever wrote the item. A comment line every
 * {@link #KEEP_ALIVE} keeps idle streams open through proxies.
 */
@ApplicationScoped
public class InboxEvents {

  static final Duration POLL = Duration.ofMillis(500);
  static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
  static final String EVENT = "inbox-item";
  private static final String CURSOR = "events";
  private static final int PAGE = 100;

  private final InboxService inbox;
  private final Caller caller;

  public InboxEvents(InboxService inbox, Caller caller) {
    this.inbox = inbox;
    this.caller = caller;
  }

  /** The stream; owner only (checked now, before it opens). */
  public Multi<OutboundSseEvent> stream(UUID member, String lastEventId, Sse sse) {
    caller.requireSelf(member);
    Place start =
        lastEventId == null || lastEventId.isBlank()
            ? new Place(QuarkusTransaction.requiringNew().call(inbox::horizon), 0)
            : decode(lastEventId);
    AtomicReference<Place> after = new AtomicReference<>(start);
    AtomicLong quietTicks = new AtomicLong();
    long keepAliveTicks = KEEP_ALIVE.toMillis() / POLL.toMillis();
    return Multi.createFrom()
        .ticks()
        .every(POLL)
        .onOverflow()
        .drop()
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .concatMap(
            tick -> {
              List<OutboundSseEvent> events = next(member, after, sse);
              if (events.isEmpty() && quietTicks.incrementAndGet() >= keepAliveTicks) {
                quietTicks.set(0);
                events = List.of(sse.newEventBuilder().comment("keep-alive").build());
              } else if (!events.isEmpty()) {
                quietTicks.set(0);
              }
              return Multi.createFrom().iterable(events);
            });
  }

  private List<OutboundSseEvent> next(UUID member, AtomicReference<Place> after, Sse sse) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Place from = after.get();
              List<InboxService.Placed> placed = inbox.after(member, from.tx(), from.seq(), PAGE);
              List<OutboundSseEvent> events = new ArrayList<>();
              for (InboxService.Placed item : placed) {
                if (item.item() != null) {
                  events.add(
                      sse.newEventBuilder()
                          .name(EVENT)
                          .id(OpaqueCursors.encode(CURSOR, item.tx(), Long.toString(item.seq())))
                          .mediaType(MediaType.APPLICATION_JSON_TYPE)
                          .data(InboxItem.class, item.item())
                          .build());
                }
              }
              if (!placed.isEmpty()) {
                InboxService.Placed last = placed.get(placed.size() - 1);
                after.set(new Place(last.tx(), last.seq()));
              }
              return events;
            });
  }

  private static Place decode(String lastEventId) {
    List<String> parts = OpaqueCursors.decode("Last-Event-ID", lastEventId, 3);
    try {
      if (!CURSOR.equals(parts.get(0)) || !parts.get(1).matches("[0-9]{1,20}")) {
        throw new IllegalArgumentException();
      }
      return new Place(parts.get(1), Long.parseLong(parts.get(2)));
    } catch (IllegalArgumentException e) {
      throw OpaqueCursors.invalid("Last-Event-ID");
    }
  }

  /** Where a stream is: after this place in commit order. */
  private record Place(String tx, long seq) {}
}
