package dev.rapport.common.web;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services to answer with a problem. Carries its kind, a detail for the developer, and
 * optional field errors and response headers (for example {@code Retry-After}).
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<Problem.FieldError> errors;
  private final Map<String, String> headers;

  public ProblemException(
      ProblemType type,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    super(detail);
    this.type = type;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of(), Map.of());
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(ProblemType.NOT_FOUND, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException unprocessable(String detail) {
    return new ProblemException(ProblemType.UNPROCESSABLE, detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION_FAILED,
        field + ": " + message,
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
