package dev.rapport.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    if (FieldErrors.ofReturnValue(e)) {
      return unexpected(e, request);
    }
    List<Problem.FieldError> errors = FieldErrors.of(e);
    return respond(
        ProblemType.VALIDATION_FAILED, FieldErrors.detail(errors), errors, Map.of(), request);
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
    Optional<Problem.FieldError> error = FieldErrors.of(e);
    if (error.isPresent()) {
      Problem.FieldError field = error.get();
      return respond(
          ProblemType.VALIDATION_FAILED,
          field.field() + ": " + field.message(),
          List.of(field),
          Map.of(),
          request);
    }
    return respond(
        ProblemType.MALFORMED_REQUEST, FieldErrors.unreadableBody(e), List.of(), Map.of(), request);
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
