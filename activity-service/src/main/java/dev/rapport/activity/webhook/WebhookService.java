package dev.rapport.activity.webhook;

import dev.rapport.activity.ActivityConfig;
import dev.rapport.activity.inbox.InboxKind;
import dev.rapport.activity.inbox.InboxService;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.activity.webhook.WebhookRepository.DeliveryRow;
import dev.rapport.activity.webhook.WebhookRepository.SubscriptionRow;
import dev.rapport.activity.webhook.WebhookViews.Delivery;
import dev.rapport.activity.webhook.WebhookViews.DeliveryList;
import dev.rapport.activity.webhook.WebhookViews.Webhook;
import dev.rapport.activity.webhook.WebhookViews.WebhookList;
import dev.rapport.activity.webhook.WebhookViews.WebhookRequest;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.UUID;

/** A member's webhook subscriptions and their delivery logs; owner only. */
@ApplicationScoped
public class WebhookService {

  private static final int MAX_PER_MEMBER = 10;
  private static final int DELIVERIES_SHOWN = 50;

  private final WebhookRepository webhooks;
  private final InboxService inbox;
  private final Caller caller;
  private final Clock clock;
  private final ActivityConfig config;

  public WebhookService(
      WebhookRepository webhooks,
      InboxService inbox,
      Caller caller,
      Clock clock,
      ActivityConfig config) {
    this.webhooks = webhooks;
    this.inbox = inbox;
    this.caller = caller;
    this.clock = clock;
    this.config = config;
  }

  /** Registers a subscription; it delivers what reaches the inbox from now on. */
  @Transactional
  public Webhook register(UUID member, WebhookRequest request) {
    caller.requireSelf(member);
    String url = checkedUrl(request.url());
    if (webhooks.ofMember(member).size() >= MAX_PER_MEMBER) {
      throw ProblemException.conflict(
          "A member has at most " + MAX_PER_MEMBER + " webhooks; delete one first.");
    }
    String[] types =
        new LinkedHashSet<>(request.events()).stream().map(Enum::name).toArray(String[]::new);
    UUID id = UUID.randomUUID();
    String secret = WebhookSignature.newSecret();
    webhooks.insert(id, member, url, types, secret, inbox.horizon(), clock.instant());
    SubscriptionRow row = webhooks.find(member, id).orElseThrow();
    return view(row, secret);
  }

  public WebhookList list(UUID member) {
    caller.requireSelf(member);
    return export(member);
  }

  /** The member's webhooks without their secrets (also their export). */
  public WebhookList export(UUID member) {
    return new WebhookList(webhooks.ofMember(member).stream().map(r -> view(r, null)).toList());
  }

  @Transactional
  public void delete(UUID member, UUID id) {
    caller.requireSelf(member);
    if (!webhooks.delete(member, id)) {
      throw notFound(id);
    }
  }

  public DeliveryList deliveries(UUID member, UUID id) {
    caller.requireSelf(member);
    webhooks.find(member, id).orElseThrow(() -> notFound(id));
    return new DeliveryList(
        webhooks.deliveries(id, DELIVERIES_SHOWN).stream().map(WebhookService::delivery).toList());
  }

  /** Erasure: the member's subscriptions and their logs. */
  void erase(@Observes MemberErased erased) {
    webhooks.deleteOfMember(erased.memberId());
  }

  private String checkedUrl(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw ProblemException.invalid("url", "is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    boolean allowed =
        scheme.equals("https") || (scheme.equals("http") && config.webhooks().allowHttp());
    if (!allowed || uri.getHost() == null || uri.getUserInfo() != null) {
      throw ProblemException.invalid(
          "url",
          config.webhooks().allowHttp()
              ? "must be an http(s) URL with a host and no credentials"
              : "must be an https URL with a host and no credentials");
    }
    return uri.toString();
  }

  private static Webhook view(SubscriptionRow row, String secret) {
    return new Webhook(
        row.id(),
        row.url(),
        Arrays.stream(row.eventTypes()).map(InboxKind::valueOf).toList(),
        row.status(),
        row.disabledReason(),
        secret,
        row.createdAt());
  }

  private static Delivery delivery(DeliveryRow row) {
    return new Delivery(
        row.id(),
        InboxKind.valueOf(row.eventType()),
        row.status(),
        row.attempts(),
        row.lastStatus(),
        row.lastError(),
        "PENDING".equals(row.status()) ? row.nextAttemptAt() : null,
        row.createdAt(),
        row.deliveredAt());
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No webhook " + id + ".");
  }
}
