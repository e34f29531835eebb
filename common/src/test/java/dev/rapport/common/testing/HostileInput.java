package dev.rapport.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A generative sweep of the service's committed contract: every operation is sent hostile variants
 * (NUL and over-long strings in each parameter and body field, wrong types, malformed JSON,
 * duplicate keys, a form body, missing and forged tokens, another member's id). Whatever the
 * service answers, it must not be a 5xx, and every 4xx must be a non-empty application/problem+json
 * body. Each service extends it as {@code HostileInputTest}, a {@code @QuarkusTest}.
 *
 * <p>Responses bypass the contract validation filter: many hostile requests get a 4xx the contract
 * does not list for that operation, which is the point of sending them.
 */
public abstract class HostileInput {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NUL = "a\u0000b";
  private static final String LONG_PARAM = "x".repeat(3_000);
  private static final String LONG_FIELD = "y".repeat(100_000);

  private final UUID me = UUID.randomUUID();
  private final UUID someoneElse = UUID.randomUUID();
  private final String myToken = TestTokens.member(me);
  private final List<String> failures = new ArrayList<>();
  private int sent;

  @Test
  void noHostileRequestGetsA5xxOrAnErrorThatIsNotProblemJson() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI api =
        new OpenAPIParser()
            .readLocation(OpenApiContract.COMMITTED.toUri().toString(), null, options)
            .getOpenAPI();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap().forEach((method, op) -> sweep(path, method, op)));
    org.jboss.logging.Logger.getLogger(HostileInput.class)
        .infof("HostileInput: %d requests, %d answered wrongly", sent, failures.size());
    assertTrue(sent > 0, "the contract at " + OpenApiContract.COMMITTED + " names no operation");
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + sent
            + " hostile requests were answered wrongly:\n"
            + String.join("\n", failures));
  }

  private void sweep(String path, PathItem.HttpMethod method, Operation op) {
    List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
    Map<String, Object> valid = new LinkedHashMap<>();
    for (Parameter p : params) {
      if ("path".equals(p.getIn()) || "query".equals(p.getIn())) {
        valid.put(p.getIn() + ":" + p.getName(), sample(p.getName(), p.getSchema()));
      }
    }
    Schema<?> bodySchema = jsonBody(op);
    Object body = bodySchema == null ? null : sample("body", bodySchema);
    String name = method + " " + path;

    // Tokens: none, forged, and a valid one; ids: the caller's and another member's.
    send(name, method, path, valid, body, null);
    send(name, method, path, valid, body, TestTokens.forged(me));
    send(name, method, path, valid, body, myToken);
    Map<String, Object> other = new LinkedHashMap<>(valid);
    other.replaceAll((k, v) -> v instanceof UUID ? someoneElse : v);
    send(name, method, path, other, body, myToken);

    for (Parameter p : params) {
      String key = p.getIn() + ":" + p.getName();
      if (!valid.containsKey(key)) {
        continue;
      }
      for (Object hostile : List.of(NUL, LONG_PARAM, "not-a-number-or-uuid", "-1", "%")) {
        Map<String, Object> variant = new LinkedHashMap<>(valid);
        variant.put(key, hostile);
        send(
            name + " [" + p.getIn() + " " + p.getName() + "=" + shorten(hostile) + "]",
            method,
            path,
            variant,
            body,
            myToken);
      }
    }

    if (bodySchema != null) {
      for (Object hostile : bodyVariants(body)) {
        send(name + " [body " + shorten(hostile) + "]", method, path, valid, hostile, myToken);
      }
      for (String raw :
          List.of("{", "[]", "\"text\"", "null", "{\"a\":1,\"a\":2}", duplicateFirstKey(body))) {
        sendRaw(name + " [raw " + shorten(raw) + "]", method, path, valid, raw, "application/json");
      }
      sendRaw(
          name + " [form body]",
          method,
          path,
          valid,
          "a=1&b=2",
          "application/x-www-form-urlencoded");
      sendRaw(name + " [text body]", method, path, valid, "hello", "text/plain");
    }

    // Malformed percent-encodings and an over-long request target, sent exactly as written.
    String concrete = path.replaceAll("\\{[^}]+}", me.toString());
    List<String> targets =
        new ArrayList<>(
            List.of(
                concrete + "?q=%", concrete + "?q=%zz", concrete + "?pad=" + "z".repeat(10_000)));
    if (!concrete.equals(path)) {
      targets.add(path.replaceAll("\\{[^}]+}", "%zz"));
      targets.add(path.replaceAll("\\{[^}]+}", "%"));
    }
    for (String target : targets) {
      raw(name + " [target " + shorten(target) + "]", method.name(), target);
    }

    Schema<?> formSchema = formBody(op);
    if (formSchema != null && formSchema.getProperties() != null) {
      for (String field : formSchema.getProperties().keySet()) {
        for (String hostile : List.of(NUL, LONG_FIELD, "")) {
          RequestSpecification spec = request(path, valid, null);
          formSchema
              .getProperties()
              .keySet()
              .forEach(f -> spec.formParam(f, f.equals(field) ? hostile : "x"));
          check(
              name + " [form " + field + "=" + shorten(hostile) + "]",
              spec.request(method.name(), path));
        }
      }
      sendRaw(name + " [json body]", method, path, valid, "{\"a\":1}", "application/json");
    }
  }

  private static Schema<?> formBody(Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return null;
    }
    MediaType form = op.getRequestBody().getContent().get("application/x-www-form-urlencoded");
    return form == null ? null : form.getSchema();
  }

  private static Schema<?> jsonBody(Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return null;
    }
    Content content = op.getRequestBody().getContent();
    MediaType json = content.get("application/json");
    return json == null ? null : json.getSchema();
  }

  /** Each string field NUL and over-long, each field of the wrong type, one at a time. */
  @SuppressWarnings("unchecked")
  private static List<Object> bodyVariants(Object body) {
    List<Object> variants = new ArrayList<>();
    if (!(body instanceof Map)) {
      variants.add(Map.of("unexpected", NUL));
      return variants;
    }
    Map<String, Object> object = (Map<String, Object>) body;
    for (String field : object.keySet()) {
      Object value = object.get(field);
      List<Object> replacements = new ArrayList<>();
      if (value instanceof String) {
        replacements.addAll(List.of(NUL, LONG_FIELD, 12345));
      } else if (value instanceof Number || value instanceof Boolean) {
        replacements.addAll(List.of("not-a-number", NUL, Map.of()));
      } else if (value instanceof List<?> list) {
        replacements.addAll(List.of(NUL, List.of(NUL), List.of(Map.of("x", NUL))));
        if (!list.isEmpty() && list.get(0) instanceof Map<?, ?> item) {
          Map<String, Object> nul = new LinkedHashMap<>((Map<String, Object>) item);
          nul.replaceAll((k, v) -> v instanceof String ? NUL : v);
          replacements.add(List.of(nul));
        }
      } else if (value instanceof Map<?, ?> nested) {
        Map<String, Object> nul = new LinkedHashMap<>((Map<String, Object>) nested);
        nul.replaceAll((k, v) -> v instanceof String ? NUL : v);
        replacements.addAll(List.of(nul, "not-an-object", List.of()));
      }
      for (Object replacement : replacements) {
        Map<String, Object> variant = new LinkedHashMap<>(object);
        variant.put(field, replacement);
        variants.add(variant);
      }
    }
    variants.add(Map.of(NUL, "x"));
    return variants;
  }

  private static String duplicateFirstKey(Object body) {
    if (body instanceof Map<?, ?> map && !map.isEmpty()) {
      try {
        String json = JSON.writeValueAsString(body);
        Object first = map.keySet().iterator().next();
        String pair =
            JSON.writeValueAsString(first) + ":" + JSON.writeValueAsString(map.get(first));
        return "{" + pair + "," + json.substring(1);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return "{\"x\":1,\"x\":1}";
  }

  /** A plausible valid value for a schema, so that one hostile part at a time is tested. */
  private Object sample(String name, Schema<?> schema) {
    if (schema == null) {
      return "x";
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return schema.getEnum().get(0);
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return sample(name, schema.getAllOf().get(0));
    }
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return sample(name, schema.getOneOf().get(0));
    }
    if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
      return sample(name, schema.getAnyOf().get(0));
    }
    String type = schema.getType();
    if (type == null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      type = schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
    }
    if (type == null) {
      type = schema.getProperties() != null ? "object" : "string";
    }
    switch (type) {
      case "object" -> {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
          schema.getProperties().forEach((k, v) -> object.put(k, sample(k, v)));
        }
        return object;
      }
      case "array" -> {
        return List.of(sample(name, schema.getItems()));
      }
      case "integer", "number" -> {
        return schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
      }
      case "boolean" -> {
        return true;
      }
      default -> {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
          case "uuid" -> me;
          case "date-time" -> "2026-01-31T09:00:00Z";
          case "date" -> "2026-01-31";
          case "email" -> "hostile-" + UUID.randomUUID() + "@example.com";
          default ->
              "x".repeat(Math.max(1, schema.getMinLength() == null ? 3 : schema.getMinLength()));
        };
      }
    }
  }

  private RequestSpecification request(String path, Map<String, Object> params, String token) {
    RequestSpecification spec = given().noFilters().urlEncodingEnabled(true);
    for (Map.Entry<String, Object> p : params.entrySet()) {
      String[] where = p.getKey().split(":", 2);
      if ("path".equals(where[0])) {
        spec.pathParam(where[1], String.valueOf(p.getValue()));
      } else {
        spec.queryParam(where[1], String.valueOf(p.getValue()));
      }
    }
    if (token != null) {
      spec.header("Authorization", "Bearer " + token);
    }
    return spec.header("Idempotency-Key", UUID.randomUUID().toString());
  }

  private void send(
      String name,
      PathItem.HttpMethod method,
      String path,
      Map<String, Object> params,
      Object body,
      String token) {
    RequestSpecification spec = request(path, params, token);
    if (body != null) {
      try {
        spec.contentType("application/json").body(JSON.writeValueAsString(body));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    check(name, spec.request(method.name(), path));
  }

  private void sendRaw(
      String name,
      PathItem.HttpMethod method,
      String path,
      Map<String, Object> params,
      String raw,
      String contentType) {
    RequestSpecification spec = request(path, params, myToken);
    spec.contentType(contentType).body(raw);
    check(name, spec.request(method.name(), path));
  }

  /**
   * A request target no HTTP client library will send (they all validate URIs), written on a socket
   * of its own.
   */
  private void raw(String name, String method, String target) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + myToken
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String response =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int headEnd = response.indexOf("\r\n\r\n");
      String head = headEnd < 0 ? response : response.substring(0, headEnd);
      String body = headEnd < 0 ? "" : response.substring(headEnd + 4);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      String contentType = "";
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          contentType = line.substring("content-type:".length()).trim();
        }
      }
      check(name, status, contentType, body);
    } catch (IOException | RuntimeException e) {
      sent++;
      failures.add("no HTTP answer (" + e.getMessage() + ") " + name);
    }
  }

  private void check(String name, Response response) {
    check(
        name,
        response.statusCode(),
        response.contentType() == null ? "" : response.contentType(),
        response.asString());
  }

  private void check(String name, int status, String contentType, String body) {
    sent++;
    if (status >= 500) {
      failures.add(status + " " + name + " " + shorten(body));
    } else if (status >= 400
        && (!contentType.startsWith("application/problem+json") || body.isBlank())) {
      failures.add(status + " without problem+json (" + contentType + ") " + name);
    }
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value).replace("\u0000", "\\u0000");
    return text.length() > 60 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
  }
}
