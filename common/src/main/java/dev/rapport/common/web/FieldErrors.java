package dev.rapport.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The translation of Bean Validation violations and Jackson's reading errors into the field errors
 * (and details) of a 400 problem: which field, in the client's terms, and what is wrong with it.
 * {@link ProblemMappers} turns them into responses.
 */
final class FieldErrors {

  private FieldErrors() {}

  /** Whether a violation is of a method's return value: the service's fault, not the client's. */
  static boolean ofReturnValue(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .anyMatch(
            v -> {
              for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                  return true;
                }
              }
              return false;
            });
  }

  /** The violations' field errors, by field. */
  static List<Problem.FieldError> of(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
        .sorted(Comparator.comparing(Problem.FieldError::field))
        .toList();
  }

  /** The problem's detail naming each field error. */
  static String detail(List<Problem.FieldError> errors) {
    return errors.stream()
        .map(f -> f.field() + ": " + f.message())
        .collect(Collectors.joining("; "));
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

  /**
   * The field error of a body Jackson could not read into a field, when it names one; empty when
   * the body as a whole is at fault (see {@link #unreadableBody}).
   */
  static Optional<Problem.FieldError> of(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return Optional.empty();
    }
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
    return Optional.of(new Problem.FieldError(pathOf(mapping), message));
  }

  /** The detail of a body that is not JSON, or not the JSON object the operation expects. */
  static String unreadableBody(JsonProcessingException e) {
    return e instanceof MismatchedInputException
        ? "The request body is missing or is not the JSON object this operation expects."
        : "The request body is not valid JSON"
            + (e.getLocation() != null
                ? " (line "
                    + e.getLocation().getLineNr()
                    + ", column "
                    + e.getLocation().getColumnNr()
                    + ")."
                : ".");
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
      return "'" + e.getValue() + "' is not one of " + constants(target);
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
      return "one of " + constants(target);
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
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
      return "an ISO-8601 date-time such as 2026-01-31T09:00:00Z";
    }
    return "a JSON object";
  }

  private static String constants(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
