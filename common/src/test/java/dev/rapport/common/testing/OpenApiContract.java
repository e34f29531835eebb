package dev.rapport.common.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * Fails the build when the OpenAPI document generated from a service's code differs from the one
 * committed in {@code contracts/<service>.yaml} (as documents: the order of keys does not count),
 * so every contract change is a reviewed diff. Run with {@code -Dcontracts.update=true} to accept
 * the generated document.
 *
 * <p>It also compares the committed document with the one on {@code main} (or {@code
 * -Dcontracts.base=REF}): a breaking change (a removed path, parameter or field, a new required
 * field) fails unless the major part of {@code info.version} changes with it.
 *
 * <p>Each service extends it as {@code OpenApiContractIT} (failsafe runs it after packaging, when
 * the build has written {@code target/openapi/openapi.yaml}).
 */
public abstract class OpenApiContract {

  /** The module directory is the service's name; contracts live at the repository root. */
  public static final Path COMMITTED =
      Path.of("..", "contracts", Path.of("").toAbsolutePath().getFileName() + ".yaml");

  public static final Path GENERATED = Path.of("target/openapi/openapi.yaml");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void committedDocumentMatchesTheCode() throws IOException {
    if (!Files.exists(GENERATED)) {
      fail(
          GENERATED
              + " was not generated: the build stores it via quarkus.smallrye-openapi.store-schema-directory");
    }
    String generated = normalise(Files.readString(GENERATED));
    if (Boolean.getBoolean("contracts.update")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, generated);
      return;
    }
    if (!Files.exists(COMMITTED)) {
      fail(
          COMMITTED
              + " is missing. Review target/openapi/openapi.yaml and commit it, or run"
              + " ./mvnw verify -Dcontracts.update=true");
    }
    String committed = normalise(Files.readString(COMMITTED));
    // Compared as documents, not as text: the order of keys follows the order in which the
    // generator meets the classes (package names move it), and means nothing to a client.
    if (!YAML.readTree(committed).equals(YAML.readTree(generated))) {
      fail(
          "The API differs from its committed contract "
              + COMMITTED.toAbsolutePath()
              + ". If the change is intended, review it and run ./mvnw verify"
              + " -Dcontracts.update=true, then commit the document.\n"
              + firstDifference(committed, generated));
    }
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n").stripTrailing() + "\n";
  }

  private static String firstDifference(String committed, String generated) {
    List<String> a = committed.lines().toList();
    List<String> b = generated.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    StringBuilder out = new StringBuilder("First difference at line " + (i + 1) + ":\n");
    for (int k = Math.max(0, i - 3); k < Math.min(Math.max(a.size(), b.size()), i + 4); k++) {
      String left = k < a.size() ? a.get(k) : "<end>";
      String right = k < b.size() ? b.get(k) : "<end>";
      if (left.equals(right)) {
        out.append("    ").append(left).append('\n');
      } else {
        out.append("  - ").append(left).append("   (committed)\n");
        out.append("  + ").append(right).append("   (code)\n");
      }
    }
    return out.toString();
  }

  @Test
  void breakingChangesComeWithANewMajorVersion() throws Exception {
    String base = System.getProperty("contracts.base", "main");
    String path = "contracts/" + COMMITTED.getFileName();
    String before = git("show", base + ":" + path);
    Assumptions.assumeTrue(
        before != null, "No " + path + " on " + base + " to compare with: first version");
    // the generated document: equal to the committed one unless it is being updated right now
    Assumptions.assumeTrue(Files.exists(GENERATED), GENERATED + " was not generated");
    String after = Files.readString(GENERATED);
    if (normalise(before).equals(normalise(after))) {
      return;
    }
    ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
    // openapi-diff deems dropping an optional response property compatible; for clients that
    // read it, it is not: a response field that disappears breaks them.
    List<String> removedFields =
        removedResponseFields(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
    if (!diff.isIncompatible() && removedFields.isEmpty()) {
      return;
    }
    String oldMajor = major(diff.getOldSpecOpenApi().getInfo().getVersion());
    String newMajor = major(diff.getNewSpecOpenApi().getInfo().getVersion());
    if (!oldMajor.equals(newMajor)) {
      return;
    }
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
      new ConsoleRender().render(diff, writer);
    }
    if (!removedFields.isEmpty()) {
      report.writeBytes(
          ("Response fields removed: " + removedFields + "\n").getBytes(StandardCharsets.UTF_8));
    }
    fail(
        path
            + " breaks clients written against "
            + base
            + " while its version stays "
            + diff.getNewSpecOpenApi().getInfo().getVersion()
            + ". Keep the old paths and fields (add new ones beside them), or raise the major"
            + " version of the API.\n"
            + report.toString(StandardCharsets.UTF_8));
  }

  private static String major(String version) {
    return version == null ? "" : version.split("\\.")[0];
  }

  /** Output of a git command at the repository root, or null where git or the ref is missing. */
  private static String git(String... args) {
    try {
      java.util.List<String> command = new java.util.ArrayList<>(List.of("git", "-C", ".."));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return null;
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Response body properties of the old document that the new one no longer has. */
  static List<String> removedResponseFields(OpenAPI before, OpenAPI after) {
    List<String> removed = new java.util.ArrayList<>();
    if (before.getPaths() == null) {
      return removed;
    }
    before
        .getPaths()
        .forEach(
            (path, oldItem) -> {
              PathItem newItem = after.getPaths() == null ? null : after.getPaths().get(path);
              if (newItem == null) {
                return; // a removed path is openapi-diff's finding
              }
              oldItem
                  .readOperationsMap()
                  .forEach(
                      (method, oldOperation) -> {
                        Operation newOperation = newItem.readOperationsMap().get(method);
                        if (newOperation == null || oldOperation.getResponses() == null) {
                          return;
                        }
                        oldOperation
                            .getResponses()
                            .forEach(
                                (status, oldResponse) -> {
                                  ApiResponse newResponse =
                                      newOperation.getResponses() == null
                                          ? null
                                          : newOperation.getResponses().get(status);
                                  Schema<?> oldSchema = jsonSchema(oldResponse);
                                  Schema<?> newSchema = jsonSchema(newResponse);
                                  if (oldSchema != null && newSchema != null) {
                                    compareProperties(
                                        before,
                                        oldSchema,
                                        after,
                                        newSchema,
                                        method + " " + path + " " + status,
                                        removed,
                                        new java.util.HashSet<>());
                                  }
                                });
                      });
            });
    return removed;
  }

  private static Schema<?> jsonSchema(ApiResponse response) {
    if (response == null || response.getContent() == null) {
      return null;
    }
    MediaType media = response.getContent().get("application/json");
    if (media == null) {
      media = response.getContent().get("application/problem+json");
    }
    return media == null ? null : media.getSchema();
  }

  @SuppressWarnings("rawtypes")
  private static void compareProperties(
      OpenAPI beforeDoc,
      Schema<?> before,
      OpenAPI afterDoc,
      Schema<?> after,
      String where,
      List<String> removed,
      java.util.Set<String> seen) {
    before = resolve(beforeDoc, before);
    after = resolve(afterDoc, after);
    if (before == null || after == null || !seen.add(where)) {
      return;
    }
    if (before.getItems() != null && after.getItems() != null) {
      compareProperties(
          beforeDoc, before.getItems(), afterDoc, after.getItems(), where + "[]", removed, seen);
    }
    if (before.getProperties() == null) {
      return;
    }
    Map<String, Schema> newProperties =
        after.getProperties() == null ? Map.of() : after.getProperties();
    for (Map.Entry<String, Schema> property : before.getProperties().entrySet()) {
      Schema newProperty = newProperties.get(property.getKey());
      if (newProperty == null) {
        removed.add(where + " ." + property.getKey());
      } else {
        compareProperties(
            beforeDoc,
            property.getValue(),
            afterDoc,
            newProperty,
            where + " ." + property.getKey(),
            removed,
            seen);
      }
    }
  }

  private static Schema<?> resolve(OpenAPI document, Schema<?> schema) {
    java.util.Set<String> refs = new java.util.HashSet<>();
    while (schema != null && schema.get$ref() != null && refs.add(schema.get$ref())) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      schema =
          document.getComponents() == null || document.getComponents().getSchemas() == null
              ? null
              : document.getComponents().getSchemas().get(name);
    }
    if (schema != null && schema.getProperties() == null && schema.getAnyOf() != null) {
      for (Schema<?> option : schema.getAnyOf()) {
        Schema<?> resolved = resolve(document, option);
        if (resolved != null && (resolved.getProperties() != null || resolved.getItems() != null)) {
          return resolved;
        }
      }
    }
    return schema;
  }
}
