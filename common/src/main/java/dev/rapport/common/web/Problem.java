package dev.rapport.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response of every Rapport service.
 *
 * <p>{@code errors} is present only for validation failures and lists each offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
    name = "Problem",
    description = "RFC 9457 problem detail, served as application/problem+json for every error.")
public record Problem(
    @Schema(
            description = "URI identifying the kind of problem",
            examples = "https://rapport.dev/problems/validation-failed")
        URI type,
    @Schema(description = "Short summary of the kind of problem", examples = "Invalid request")
        String title,
    @Schema(description = "HTTP status code", examples = "400") int status,
    @Schema(
            description = "What went wrong with this request, in words a developer can act on",
            examples = "email: must be a well-formed email address")
        String detail,
    @Schema(
            description = "The request path that produced the problem",
            examples = "/api/v1/auth/register")
        String instance,
    @Schema(
            description =
                "The fields that failed validation, when the problem is a validation failure")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field that failed validation: a JSON path into the body, or a query/path parameter name.
   */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(examples = "password") String field,
      @Schema(examples = "size must be between 10 and 72") String message) {}
}
