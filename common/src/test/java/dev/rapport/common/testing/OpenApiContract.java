package dev.rapport.common.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * Fails the build when the OpenAPI document generated from a service's code differs from the one
 * committed in {@code contracts/<service>.yaml}, so every contract change is a reviewed diff. Run
 * with {@code -Drapport.openapi.update=true} to accept the generated document.
 *
 * <p>It also compares the committed document with the one on {@code main} (or {@code
 * -Drapport.contract.base=REF}): a breaking change (a removed path, parameter or field, a new
 * required field) fails unless the major part of {@code info.version} changes with it.
 *
 * <p>Each service extends it as {@code OpenApiContractIT} (failsafe runs it after packaging, when
 * the build has written {@code target/openapi/openapi.yaml}).
 */
public abstract class OpenApiContract {

  /** The module directory is the service's name; contracts live at the repository root. */
  public static final Path COMMITTED =
      Path.of("..", "contracts", Path.of("").toAbsolutePath().getFileName() + ".yaml");

  public static final Path GENERATED = Path.of("target/openapi/openapi.yaml");

  @Test
  void committedDocumentMatchesTheCode() throws IOException {
    if (!Files.exists(GENERATED)) {
      fail(
          GENERATED
              + " was not generated: the build stores it via quarkus.smallrye-openapi.store-schema-directory");
    }
    String generated = normalise(Files.readString(GENERATED));
    if (Boolean.getBoolean("rapport.openapi.update")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, generated);
      return;
    }
    if (!Files.exists(COMMITTED)) {
      fail(
          COMMITTED
              + " is missing. Review target/openapi/openapi.yaml and commit it, or run"
              + " ./mvnw verify -Drapport.openapi.update=true");
    }
    String committed = normalise(Files.readString(COMMITTED));
    if (!committed.equals(generated)) {
      fail(
          "The API differs from its committed contract "
              + COMMITTED.toAbsolutePath()
              + ". If the change is intended, review it and run ./mvnw verify"
              + " -Drapport.openapi.update=true, then commit the document.\n"
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
    String base = System.getProperty("rapport.contract.base", "main");
    String path = "contracts/" + COMMITTED.getFileName();
    String before = git("show", base + ":" + path);
    Assumptions.assumeTrue(
        before != null, "No " + path + " on " + base + " to compare with: first version");
    String after = Files.readString(COMMITTED);
    if (normalise(before).equals(normalise(after))) {
      return;
    }
    ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
    if (!diff.isIncompatible()) {
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
}
