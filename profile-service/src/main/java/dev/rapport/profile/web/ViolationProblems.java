package dev.rapport.profile.web;

import dev.rapport.common.web.Problem;
import dev.rapport.common.web.ProblemType;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Names an invalid field inside a list as {@code skills[1].name}. Common's mapper puts the index
 * after the field ({@code skills.name[1]}); this local version takes precedence until common is
 * fixed. Violations of return values are left to common's mapper (a 500).
 */
public class ViolationProblems {

  private static final Logger LOG = Logger.getLogger(ViolationProblems.class);

  @ServerExceptionMapper(priority = 0)
  public Response violation(ResteasyReactiveViolationException e, HttpServerRequest request) {
    boolean returnValue =
        e.getConstraintViolations().stream()
            .anyMatch(
                v -> {
                  for (Path.Node node : v.getPropertyPath()) {
                    if (node.getKind() == ElementKind.RETURN_VALUE) {
                      return true;
                    }
                  }
                  return false;
                });
    if (returnValue) {
      LOG.errorf(e, "Request %s %s produced an invalid response", request.method(), request.path());
      ProblemType type = ProblemType.INTERNAL_ERROR;
      return Response.status(type.status())
          .type(Problem.MEDIA_TYPE)
          .entity(
              new Problem(
                  type.uri(),
                  type.title(),
                  type.status(),
                  "An unexpected error occurred; it has been logged.",
                  request.path(),
                  List.of()))
          .build();
    }
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    ProblemType type = ProblemType.VALIDATION_FAILED;
    return Response.status(type.status())
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(type.uri(), type.title(), type.status(), detail, request.path(), errors))
        .build();
  }

  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
        case PARAMETER -> parameter = node.getName();
        default -> {
          if (node.isInIterable()) {
            Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
            field.append('[').append(at).append(']');
          }
          if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
            if (!field.isEmpty()) {
              field.append('.');
            }
            field.append(node.getName());
          }
        }
      }
    }
    if (field.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return field.toString();
  }
}
