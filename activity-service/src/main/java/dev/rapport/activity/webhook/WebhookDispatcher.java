package dev.rapport.activity.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.activity.ActivityConfig;
import dev.rapport.activity.inbox.InboxService;
import dev.rapport.activity.webhook.WebhookRepository.Due;
import dev.rapport.activity.webhook.WebhookRepository.SubscriptionRow;
import dev.rapport.activity.webhook.WebhookViews.Payload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends webhooks, on every replica at once without sending anything twice: each run queues, for
 * every active subscription with news (locked with SKIP LOCKED), one delivery per new item of a
 * kind it wants from its member's inbox in commit order, then claims due deliveries (SKIP LOCKED,
 * with a lease) and POSTs each, signed ({@link WebhookSignature}), with the JDK's HTTP client and a
 * timeout. A 2xx delivers it; anything else is retried after {@code first-retry}, doubling, up to
 * {@code max-attempts}; {@code disable-after} failed attempts in a row disable the subscription,
 * saying why.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final int SUBSCRIPTIONS_PER_RUN = 100;
  private static final int ITEMS_PER_SUBSCRIPTION = 100;
  private static final int DUE_PER_RUN = 20;

  private final WebhookRepository webhooks;
  private final InboxService inbox;
  private final ObjectMapper json;
  private final Clock clock;
  private final ActivityConfig.Webhooks config;
  private final HttpClient http;

  public WebhookDispatcher(
      WebhookRepository webhooks,
      InboxService inbox,
      ObjectMapper json,
      Clock clock,
      ActivityConfig config) {
    this.webhooks = webhooks;
    this.inbox = inbox;
    this.json = json;
    this.clock = clock;
    this.config = config.webhooks();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(this.config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Scheduled(
      identity = "webhook-deliveries",
      every = "${activity.webhooks.every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /** One run: queue what is new, then send what is due. */
  public void run() {
    QuarkusTransaction.requiringNew().run(this::queue);
    send();
  }

  private void queue() {
    Instant now = clock.instant();
    for (SubscriptionRow subscription : webhooks.lockWithNews(SUBSCRIPTIONS_PER_RUN)) {
      List<InboxService.Placed> placed =
          inbox.after(
              subscription.memberId(),
              subscription.cursorTx(),
              subscription.cursorSeq(),
              ITEMS_PER_SUBSCRIPTION);
      if (placed.isEmpty()) {
        continue;
      }
      Set<String> wanted = Set.of(subscription.eventTypes());
      for (InboxService.Placed item : placed) {
        if (item.item() != null && wanted.contains(item.item().kind().name())) {
          UUID id = UUID.randomUUID();
          Payload payload = new Payload(id, "inbox-item", item.item().kind(), now, item.item());
          webhooks.queue(id, subscription.id(), item.item().kind().name(), body(payload), now);
        }
      }
      InboxService.Placed last = placed.get(placed.size() - 1);
      webhooks.moveCursor(subscription.id(), last.tx(), last.seq());
    }
  }

  private void send() {
    Instant now = clock.instant();
    Instant lease = now.plus(config.timeout().multipliedBy(DUE_PER_RUN + 2L));
    List<Due> due =
        QuarkusTransaction.requiringNew().call(() -> webhooks.claimDue(now, lease, DUE_PER_RUN));
    for (Due delivery : due) {
      Integer status = null;
      String error = null;
      try {
        status = http.send(request(delivery), HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        error =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IllegalArgumentException e) {
        error = "not a URL this client can call: " + e.getMessage();
      }
      Integer answered = status;
      String failure = error;
      QuarkusTransaction.requiringNew().run(() -> record(delivery, answered, failure));
    }
  }

  private HttpRequest request(Due delivery) {
    long t = clock.instant().getEpochSecond();
    return HttpRequest.newBuilder(URI.create(delivery.url()))
        .timeout(config.timeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", "Rapport-Webhooks/1")
        .header("Rapport-Delivery", delivery.id().toString())
        .header("Rapport-Event", delivery.eventType())
        .header(
            WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), t, delivery.body()))
        .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
        .build();
  }

  private void record(Due delivery, Integer status, String error) {
    Instant now = clock.instant();
    if (status != null && status / 100 == 2) {
      webhooks.delivered(delivery.id(), status, now);
      webhooks.countAttempt(delivery.subscriptionId(), false);
      return;
    }
    int attempts = delivery.attempts() + 1;
    Instant next =
        attempts >= config.maxAttempts() ? null : now.plus(backoff(config.firstRetry(), attempts));
    webhooks.attemptFailed(delivery.id(), status, error, next);
    int inARow = webhooks.countAttempt(delivery.subscriptionId(), true);
    if (inARow >= config.disableAfter()) {
      String reason =
          "Disabled at "
              + now
              + " after "
              + inARow
              + " failed delivery attempts in a row; the last: "
              + (status != null ? "HTTP " + status : error)
              + ". Register it again once the receiver answers 2xx.";
      webhooks.disable(delivery.subscriptionId(), reason);
      LOG.warnf("Webhook %s disabled: %s", delivery.subscriptionId(), reason);
    }
  }

  private String body(Payload payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An inbox item always serialises", e);
    }
  }

  /** The wait after the {@code attempts}-th failed attempt: first, 2 × first, 4 × first, … */
  static Duration backoff(Duration first, int attempts) {
    return first.multipliedBy(1L << Math.min(attempts - 1, 20));
  }
}
