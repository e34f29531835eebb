package dev.rapport.common.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A consumer's check against a provider's committed contract ({@code contracts/<provider>.yaml}):
 * every path, parameter and response field the consumer's client relies on must be in the
 * provider's document. A consumer that expects something the provider does not promise fails its
 * build.
 */
public final class ConsumerContract {

  private final String provider;
  private final OpenAPI document;

  private ConsumerContract(String provider, OpenAPI document) {
    this.provider = provider;
    this.document = document;
  }

  /** Reads {@code contracts/<provider>.yaml} from the repository root. */
  public static ConsumerContract of(String provider) {
    Path file = Path.of("..", "contracts", provider + ".yaml");
    if (!Files.exists(file)) {
      fail("No committed contract " + file.toAbsolutePath());
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI document = new OpenAPIV3Parser().read(file.toString(), null, options);
    if (document == null) {
      fail("Could not read " + file.toAbsolutePath());
    }
    return new ConsumerContract(provider, document);
  }

  /** The operation exists with each of the named query parameters. */
  public ConsumerContract assertOperation(String method, String path, String... queryParameters) {
    Operation operation = operation(method, path);
    List<String> documented = new ArrayList<>();
    PathItem item = document.getPaths().get(path);
    for (List<Parameter> parameters :
        List.of(
            Optional.ofNullable(item.getParameters()).orElse(List.of()),
            Optional.ofNullable(operation.getParameters()).orElse(List.of()))) {
      for (Parameter parameter : parameters) {
        documented.add(parameter.getName());
      }
    }
    for (String parameter : queryParameters) {
      if (!documented.contains(parameter)) {
        fail(
            provider
                + " does not document parameter '"
                + parameter
                + "' of "
                + method
                + " "
                + path
                + "; it documents "
                + documented);
      }
    }
    return this;
  }

  /**
   * The fields quarkus-oidc-client reads from the client-credentials answer (it parses the JSON
   * itself, so this record mirrors what it reads). The components carry the JSON names: the check
   * reads record component names, and Jackson's @JsonProperty does not reach record components.
   */
  public record ServiceToken(String access_token, String token_type, long expires_in) {}

  /**
   * profile-service's service-token operation answers every field the OIDC client of a consuming
   * service reads ({@link ServiceToken}).
   */
  public ConsumerContract assertServiceToken() {
    return assertOperation("POST", "/api/v1/auth/service-token")
        .assertResponseFields("POST", "/api/v1/auth/service-token", 200, ServiceToken.class);
  }

  /**
   * Every field of the consumer's response record (recursively, by JSON name) is a property of the
   * provider's documented response schema.
   */
  public ConsumerContract assertResponseFields(
      String method, String path, int status, Class<?> consumerRecord) {
    ApiResponse response = operation(method, path).getResponses().get(String.valueOf(status));
    if (response == null || response.getContent() == null) {
      fail(provider + " documents no " + status + " body for " + method + " " + path);
    }
    MediaType json = response.getContent().get("application/json");
    if (json == null || json.getSchema() == null) {
      fail(
          provider
              + " documents no application/json "
              + status
              + " body for "
              + method
              + " "
              + path);
    }
    List<String> missing = new ArrayList<>();
    compare(consumerRecord, json.getSchema(), consumerRecord.getSimpleName(), missing);
    if (!missing.isEmpty()) {
      fail(
          "The consumer expects fields that "
              + provider
              + "'s contract for "
              + method
              + " "
              + path
              + " lacks: "
              + missing);
    }
    return this;
  }

  private Operation operation(String method, String path) {
    PathItem item = document.getPaths() == null ? null : document.getPaths().get(path);
    if (item == null) {
      fail(
          provider
              + " does not document the path "
              + path
              + "; it has "
              + document.getPaths().keySet());
    }
    Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
    if (operation == null) {
      fail(provider + " does not document " + method + " " + path);
    }
    return operation;
  }

  private void compare(Type type, Schema<?> schema, String where, List<String> missing) {
    schema = resolve(schema);
    Class<?> raw = raw(type);
    if (raw == null) {
      return;
    }
    if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      Schema<?> items = schema.getItems();
      if (items == null) {
        missing.add(where + " (not an array)");
        return;
      }
      compare(p.getActualTypeArguments()[0], items, where + "[]", missing);
      return;
    }
    if (Map.class.isAssignableFrom(raw) || !raw.isRecord()) {
      return;
    }
    Map<String, Schema> properties = properties(schema);
    for (RecordComponent component : raw.getRecordComponents()) {
      // @JsonProperty on a record component lands on its accessor, field and parameter
      JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
      String name =
          renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
      Schema<?> property = properties.get(name);
      if (property == null) {
        missing.add(where + "." + name);
      } else {
        compare(component.getGenericType(), property, where + "." + name, missing);
      }
    }
  }

  @SuppressWarnings("rawtypes")
  private Map<String, Schema> properties(Schema<?> schema) {
    Map<String, Schema> properties = new java.util.HashMap<>();
    if (schema.getProperties() != null) {
      properties.putAll(schema.getProperties());
    }
    for (List<Schema> composed :
        java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (composed != null) {
        for (Schema part : composed) {
          properties.putAll(properties(resolve(part)));
        }
      }
    }
    return properties;
  }

  private Schema<?> resolve(Schema<?> schema) {
    Set<String> seen = new java.util.HashSet<>();
    while (schema != null && schema.get$ref() != null && seen.add(schema.get$ref())) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      schema = document.getComponents().getSchemas().get(name);
    }
    if (schema != null && schema.getProperties() == null && schema.getAnyOf() != null) {
      // nullable references are written anyOf: [{$ref}, {type: null}]
      for (Schema<?> option : schema.getAnyOf()) {
        Schema<?> resolved = resolve(option);
        if (resolved != null && (resolved.getProperties() != null || resolved.getItems() != null)) {
          return resolved;
        }
      }
    }
    return schema;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
