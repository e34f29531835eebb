package dev.rapport.common.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every Rapport OpenAPI document says without each operation repeating it: a relative server
 * URL, public operations declare that they need no token ({@code security: []}), every operation
 * that needs a token documents its 401 problem response, and every operation says that any other
 * error is an application/problem+json body ({@code default}), which the provider tests check.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDefaults implements OASFilter {

  private static final String NO_VALID_TOKEN = "No valid token";

  /** What SmallRye OpenAPI writes for the 401 it adds to every secured operation. */
  private static final String GENERATED_401 = "Not Authorized";

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
      // Relative: Swagger UI's "Try it out" and generated clients call the host that served it.
      openAPI.addServer(
          OASFactory.createServer().url("/").description("The service that serves this document"));
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
        Operation operation = entry.getValue();
        addProblem(operation, "default", "Any other error, as an RFC 9457 problem");
        problemBodies(operation);
        typeHeaders(operation);
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
          operation.setSecurity(new ArrayList<>(List.of()));
        } else {
          unauthorized(operation);
        }
        callbacksNeedNoToken(operation);
      }
    }
  }

  /**
   * A callback (a webhook delivery) is a request Rapport sends, which the receiver authenticates by
   * its signature, not by a token: it declares no security scheme ({@code security: []}).
   */
  private static void callbacksNeedNoToken(Operation operation) {
    if (operation.getCallbacks() == null) {
      return;
    }
    operation
        .getCallbacks()
        .values()
        .forEach(
            callback -> {
              if (callback.getPathItems() == null) {
                return;
              }
              callback
                  .getPathItems()
                  .values()
                  .forEach(
                      item ->
                          item.getOperations()
                              .values()
                              .forEach(
                                  sent -> {
                                    if (sent.getSecurity() == null) {
                                      sent.setSecurity(new ArrayList<>(List.of()));
                                    }
                                  }));
            });
  }

  /**
   * Every secured operation answers 401 "No valid token" (as problem+json): the text replaces the
   * generator's own "Not Authorized", so no resource repeats it; an operation whose 401 means more
   * (a wrong password, a used refresh token) says so in its own annotation, which is kept.
   */
  private static void unauthorized(Operation operation) {
    APIResponse existing =
        operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("401");
    if (existing == null) {
      addProblem(operation, "401", NO_VALID_TOKEN);
    } else if (GENERATED_401.equals(existing.getDescription())) {
      existing.setDescription(NO_VALID_TOKEN);
    }
  }

  private static void addProblem(Operation operation, String status, String description) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (responses.hasAPIResponse(status)) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    responses.addAPIResponse(status, response);
  }

  /** Response headers documented by name only (ETag, Location, Retry-After) are strings. */
  private static void typeHeaders(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return;
    }
    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
      if (response.getHeaders() == null) {
        continue;
      }
      response
          .getHeaders()
          .forEach(
              (name, header) -> {
                if (header.getRef() == null
                    && header.getSchema() == null
                    && header.getContent() == null) {
                  header.setSchema(
                      OASFactory.createSchema()
                          .addType(
                              "Retry-After".equalsIgnoreCase(name)
                                  ? org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                      .INTEGER
                                  : org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                      .STRING));
                }
              });
    }
  }

  /**
   * Error responses documented by status and description alone carry a Problem body, so resources
   * need not repeat it on every {@code @APIResponse}.
   */
  private static void problemBodies(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return;
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              boolean error = status.length() == 3 && status.charAt(0) >= '4';
              if (error && response.getRef() == null && response.getContent() == null) {
                response.setContent(
                    OASFactory.createContent()
                        .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
              }
            });
  }
}
