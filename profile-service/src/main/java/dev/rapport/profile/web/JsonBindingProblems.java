package dev.rapport.profile.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.rapport.common.web.Problem;
import dev.rapport.common.web.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST ships its own mapper for {@link MismatchedInputException} (an unknown enum value, an
 * unknown field, a wrong type), which wins over common's mapper of the broader
 * JsonProcessingException and answers plain JSON. This one answers problem+json naming the field.
 */
public class JsonBindingProblems {

  @ServerExceptionMapper(priority = 1)
  public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
    if (e.getPath().isEmpty()) {
      return problem(
          ProblemType.MALFORMED_REQUEST,
          "The request body is missing or is not the JSON object this operation expects.",
          List.of(),
          request);
    }
    String field = pathOf(e);
    String message;
    if (e instanceof UnrecognizedPropertyException) {
      message = "is not a known field";
    } else if (e instanceof InvalidFormatException invalid
        && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      message =
          "'"
              + invalid.getValue()
              + "' is not one of "
              + Arrays.stream(invalid.getTargetType().getEnumConstants())
                  .map(Object::toString)
                  .collect(Collectors.joining(", "));
    } else if (e instanceof InvalidFormatException invalid) {
      message =
          "'"
              + invalid.getValue()
              + "' is not "
              + (invalid.getTargetType() == UUID.class ? "a UUID" : "a valid value");
    } else {
      message = "has a value of the wrong type";
    }
    return problem(
        ProblemType.VALIDATION_FAILED,
        field + ": " + message,
        List.of(new Problem.FieldError(field, message)),
        request);
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

  private static Response problem(
      ProblemType type, String detail, List<Problem.FieldError> errors, HttpServerRequest request) {
    return Response.status(type.status())
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(type.uri(), type.title(), type.status(), detail, request.path(), errors))
        .build();
  }
}
