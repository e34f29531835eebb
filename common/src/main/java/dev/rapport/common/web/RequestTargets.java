package dev.rapport.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * A request target that is too long or whose percent-encoding is malformed gets a problem+json
 * answer, checked by the application before anything decodes it: left to the HTTP layer, both were
 * an empty 400 or 414 (or a failure deep in parameter decoding).
 */
@ApplicationScoped
public class RequestTargets {

  /** Below the HTTP layer's own initial-line limit, so that this check answers first. */
  static final int MAX_LENGTH = 8192;

  private final ObjectMapper json;

  public RequestTargets(ObjectMapper json) {
    this.json = json;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::check);
    router.errorHandler(
        400,
        ctx ->
            answer(
                ctx,
                400,
                ProblemType.MALFORMED_REQUEST,
                "The request could not be read: check its path, parameters and body."));
    router.errorHandler(414, ctx -> answer(ctx, 414, ProblemType.URI_TOO_LONG, tooLong()));
  }

  private void check(RoutingContext ctx) {
    String target = ctx.request().uri();
    if (target.length() > MAX_LENGTH) {
      answer(ctx, 414, ProblemType.URI_TOO_LONG, tooLong());
    } else if (!wellEncoded(target)) {
      answer(
          ctx,
          400,
          ProblemType.MALFORMED_REQUEST,
          "The request path or query has a malformed percent-encoding: every % must be followed"
              + " by two hexadecimal digits.");
    } else {
      ctx.next();
    }
  }

  private static String tooLong() {
    return "The request path and query are longer than " + MAX_LENGTH + " characters.";
  }

  static boolean wellEncoded(String target) {
    for (int i = 0; i < target.length(); i++) {
      if (target.charAt(i) == '%') {
        if (i + 2 >= target.length()
            || Character.digit(target.charAt(i + 1), 16) < 0
            || Character.digit(target.charAt(i + 2), 16) < 0) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  private void answer(RoutingContext ctx, int status, ProblemType type, String detail) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      return;
    }
    String path = ctx.request().uri();
    int query = path.indexOf('?');
    path = query >= 0 ? path.substring(0, query) : path;
    path = path.length() > 200 ? path.substring(0, 200) : path;
    String body;
    try {
      body =
          json.writeValueAsString(
              new Problem(type.uri(), type.title(), status, detail, path, List.of()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
  }
}
