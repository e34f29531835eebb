package dev.rapport.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one family of exception mappers of every service: each error becomes an RFC 9457
 * application/problem+json response with no Java class names and no stack traces in it.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper(priority = 1)
  public Response problem(ProblemException e, HttpServerRequest request) {
    return respond(e.type(), e.getMessage(), e.errors(), e.headers(), request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response violation(ResteasyReactiveViolationException e, HttpServerRequest request) {
    return violations(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response violation(ConstraintViolationException e, HttpServerRequest request) {
    return violations(e, request);
  }

  private Response violations(ConstraintViolationException e, HttpServerRequest request) {
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
      return unexpected(e, request);
    }
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return respond(ProblemType.VALIDATION_FAILED, detail, errors, Map.of(), request);
  }

  /** Body paths lose the method and parameter names; query and path parameters keep theirs. */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
        case PARAMETER -> parameter = node.getName();
        default -> {
          // Bean Validation puts a list index on the node after the list: skills[1].name
          if (node.isInIterable()) {
            Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (at != null) {
              field.append('[').append(at).append(']');
            }
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

  @ServerExceptionMapper(priority = 1)
  public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
    return json(e, request);
  }

  /**
   * Quarkus REST ships a mapper of its own for this subclass (an unknown enum value, a wrong JSON
   * type) that answers plain JSON; mapping the exact class here takes precedence over it.
   */
  @ServerExceptionMapper(priority = 1)
  public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
    return json(e, request);
  }

  private Response json(JsonProcessingException e, HttpServerRequest request) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = pathOf(mapping);
      String message;
      if (e instanceof UnrecognizedPropertyException) {
        message = "is not a known field";
      } else if (e instanceof NulCharacters.NulCharacterException) {
        message = NulCharacters.MESSAGE;
      } else if (e instanceof InvalidFormatException invalid) {
        message = invalidValue(invalid);
      } else if (e instanceof MismatchedInputException mismatched
          && mismatched.getTargetType() != null) {
        message = "must be " + describe(mismatched.getTargetType());
      } else {
        message = "has an invalid value";
      }
      return respond(
          ProblemType.VALIDATION_FAILED,
          field + ": " + message,
          List.of(new Problem.FieldError(field, message)),
          Map.of(),
          request);
    }
    String detail =
        e instanceof MismatchedInputException
            ? "The request body is missing or is not the JSON object this operation expects."
            : "The request body is not valid JSON"
                + (e.getLocation() != null
                    ? " (line "
                        + e.getLocation().getLineNr()
                        + ", column "
                        + e.getLocation().getColumnNr()
                        + ")."
                    : ".");
    return respond(ProblemType.MALFORMED_REQUEST, detail, List.of(), Map.of(), request);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String invalidValue(InvalidFormatException e) {
    Class<?> target = e.getTargetType();
    if (target != null && target.isEnum()) {
      String allowed =
          java.util.Arrays.stream(target.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return "'" + e.getValue() + "' is not one of " + allowed;
    }
    return "'" + e.getValue() + "' is not " + describe(target);
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "a valid value";
    }
    if (target == UUID.class) {
      return "a UUID";
    }
    if (target.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(target.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
      return "a number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
      return "an ISO-8601 date-time such as 2026-01-31T09:00:00Z";
    }
    return "a JSON object";
  }

  @ServerExceptionMapper(priority = 1)
  public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
    return unauthenticated("A valid bearer token is required for this operation.", request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unauthorized(AuthenticationFailedException e, HttpServerRequest request) {
    return unauthenticated(
        "The bearer token is missing, malformed, expired or not signed by Rapport.", request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unauthorized(NotAuthorizedException e, HttpServerRequest request) {
    return unauthenticated("A valid bearer token is required for this operation.", request);
  }

  private Response unauthenticated(String detail, HttpServerRequest request) {
    return respond(
        ProblemType.UNAUTHORIZED,
        detail,
        List.of(),
        Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rapport\""),
        request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return respond(
        ProblemType.FORBIDDEN,
        "Your token does not grant access to this operation.",
        List.of(),
        Map.of(),
        request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response stale(OptimisticLockException e, HttpServerRequest request) {
    return concurrentWrite(request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response stale(StaleStateException e, HttpServerRequest request) {
    return concurrentWrite(request);
  }

  private Response concurrentWrite(HttpServerRequest request) {
    return respond(
        ProblemType.PRECONDITION_FAILED,
        "The resource was changed by another request; read it again and retry with its new ETag.",
        List.of(),
        Map.of(),
        request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response constraint(
      org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
    return respond(
        ProblemType.CONFLICT,
        "The request conflicts with the current state of the resource.",
        List.of(),
        Map.of(),
        request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response web(WebApplicationException e, HttpServerRequest request) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonProcessingException json) {
      return json(json, request);
    }
    if (cause instanceof ProblemException problem) {
      // a parameter converter's rejection (ParamConverters), which JAX-RS wraps in a 404
      return problem(problem, request);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, request);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 404 -> "No resource exists at " + request.path() + ".";
          case 405 -> request.method() + " is not supported on " + request.path() + ".";
          case 406 -> "This operation produces application/json; check the Accept header.";
          case 415 ->
              "This operation consumes application/json; send the body with Content-Type: application/json.";
          case 400 -> "The request could not be read: check its parameters and body.";
          default -> type.title() + ".";
        };
    Map<String, String> headers = Map.of();
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      headers = Map.of(HttpHeaders.ALLOW, allow);
    }
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(problem(type, detail, List.of(), request));
    headers.forEach(builder::header);
    return builder.build();
  }

  @ServerExceptionMapper(priority = 10)
  public Response unexpected(Throwable e, HttpServerRequest request) {
    Optional<DatabaseOutages.Outage> outage = DatabaseOutages.of(e);
    if (outage.isPresent()) {
      return databaseOutage(outage.get(), e, request);
    }
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Request %s %s failed (incident %s)", request.method(), request.path(), incident);
    return respond(
        ProblemType.INTERNAL_ERROR,
        "An unexpected error occurred; it has been logged as incident " + incident + ".",
        List.of(),
        Map.of(),
        request);
  }

  /** Logged without a stack trace: the cause is outside the service and says what it is. */
  static Response databaseOutage(
      DatabaseOutages.Outage outage, Throwable e, HttpServerRequest request) {
    LOG.warnf(
        "Request %s %s answered 503: database %s (%s)",
        request.method(), request.path(), outage.name().toLowerCase(), rootMessage(e));
    return respond(
        ProblemType.DATABASE_UNAVAILABLE,
        outage.detail(),
        List.of(),
        Map.of(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds()),
        request);
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static Problem problem(
      ProblemType type, String detail, List<Problem.FieldError> errors, HttpServerRequest request) {
    return new Problem(type.uri(), type.title(), type.status(), detail, request.path(), errors);
  }

  static Response respond(
      ProblemType type,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers,
      HttpServerRequest request) {
    Response.ResponseBuilder builder =
        Response.status(type.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem(type, detail, errors, request));
    headers.forEach(builder::header);
    return builder.build();
  }
}
