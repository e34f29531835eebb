package dev.rapport.common.web;

import java.net.URI;

/** The kinds of problem Rapport reports; each has a stable type URI clients can switch on. */
public enum ProblemType {
  VALIDATION_FAILED(400, "Invalid request"),
  MALFORMED_REQUEST(400, "Malformed request"),
  UNAUTHORIZED(401, "Authentication required"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Resource not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Conflict"),
  PRECONDITION_FAILED(412, "Precondition failed"),
  URI_TOO_LONG(414, "URI too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  UNPROCESSABLE(422, "Unprocessable request"),
  PRECONDITION_REQUIRED(428, "Precondition required"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  INTERNAL_ERROR(500, "Internal error"),
  DEPENDENCY_UNAVAILABLE(503, "Service unavailable"),
  DATABASE_UNAVAILABLE(503, "Database unavailable");

  private static final String BASE = "https://rapport.dev/problems/";

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI uri() {
    return URI.create(BASE + name().toLowerCase().replace('_', '-'));
  }

  /** The generic kind for a status code that has no more specific one. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != MALFORMED_REQUEST) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
  }
}
