package dev.rapport.activity.webhook;

import dev.rapport.activity.webhook.WebhookViews.DeliveryList;
import dev.rapport.activity.webhook.WebhookViews.Payload;
import dev.rapport.activity.webhook.WebhookViews.Webhook;
import dev.rapport.activity.webhook.WebhookViews.WebhookList;
import dev.rapport.activity.webhook.WebhookViews.WebhookRequest;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signed outbound webhooks of what reaches a member's inbox, for third-party apps. */
@Path("/api/v1/members/{id}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
@Tag(
    name = "Webhooks",
    description =
        "An app registers a URL and the inbox kinds it wants; each new item of those kinds is"
            + " POSTed there as a WebhookPayload, signed: the header Rapport-Signature is"
            + " t=<unix seconds>,v1=<hex HMAC-SHA256 of \\\"<t>.<raw body>\\\" keyed with the"
            + " webhook's secret>. Verify by recomputing v1 over the raw body, comparing in"
            + " constant time, and refusing a t more than 5 minutes old. Rapport-Delivery (the"
            + " delivery id, for de-duplication) and Rapport-Event (the kind) come with it. A"
            + " non-2xx answer or a timeout (5 s) is retried after 2 s, doubling, 6 attempts in"
            + " all; 10 failed attempts in a row disable the webhook, with the reason. Owner only.")
@APIResponse(responseCode = "400", description = "A malformed id or body")
@APIResponse(responseCode = "403", description = "The caller is not this member (owner only)")
public class WebhookResource {

  private final WebhookService webhooks;

  public WebhookResource(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "registerWebhook",
      summary = "Register a webhook (owner only)",
      description =
          "Delivers the items that reach the inbox from now on. The response carries the signing"
              + " secret, once: keep it.")
  @APIResponse(
      responseCode = "201",
      description = "Registered; secret included this once",
      headers = @Header(name = "Location", description = "The webhook's deliveries"),
      content = @Content(schema = @Schema(implementation = Webhook.class)))
  @APIResponse(responseCode = "409", description = "The member has 10 webhooks already")
  @Callback(
      name = "delivery",
      callbackUrlExpression = "{$request.body#/url}",
      operations =
          @CallbackOperation(
              method = "post",
              summary = "A delivery, as the registered URL receives it",
              description =
                  "Headers: Rapport-Signature (t=<unix seconds>,v1=<hex HMAC-SHA256 of"
                      + " \"<t>.<raw body>\" keyed with the secret>), Rapport-Delivery (the"
                      + " delivery id), Rapport-Event (the inbox kind). Answer 2xx within 5 s;"
                      + " anything else is retried.",
              requestBody =
                  @RequestBody(
                      content = @Content(schema = @Schema(implementation = Payload.class))),
              responses = {
                @APIResponse(responseCode = "204", description = "Received"),
                @APIResponse(
                    responseCode = "400",
                    description =
                        "Refused, for example a signature that does not verify: counted as a"
                            + " failed attempt and retried"),
                @APIResponse(responseCode = "default", description = "Retried with backoff")
              }))
  public Response register(@PathParam("id") String id, @Valid @NotNull WebhookRequest request) {
    Webhook webhook = webhooks.register(Params.uuid("id", id), request);
    return Response.created(
            URI.create("/api/v1/members/" + id + "/webhooks/" + webhook.id() + "/deliveries"))
        .entity(webhook)
        .build();
  }

  @GET
  @Operation(
      operationId = "listWebhooks",
      summary = "The member's webhooks, with their status (owner only)")
  @APIResponse(responseCode = "200", description = "Up to 10 webhooks, without their secrets")
  public WebhookList list(@PathParam("id") String id) {
    return webhooks.list(Params.uuid("id", id));
  }

  @GET
  @Path("/{webhookId}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "A webhook's latest deliveries, newest first, with their status (owner only)")
  @APIResponse(responseCode = "200", description = "The latest 50 deliveries")
  @APIResponse(responseCode = "404", description = "No such webhook of this member")
  public DeliveryList deliveries(
      @PathParam("id") String id, @PathParam("webhookId") String webhookId) {
    return webhooks.deliveries(Params.uuid("id", id), Params.uuid("webhookId", webhookId));
  }

  @DELETE
  @Path("/{webhookId}")
  @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its log (owner only)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such webhook of this member")
  public void delete(@PathParam("id") String id, @PathParam("webhookId") String webhookId) {
    webhooks.delete(Params.uuid("id", id), Params.uuid("webhookId", webhookId));
  }
}
