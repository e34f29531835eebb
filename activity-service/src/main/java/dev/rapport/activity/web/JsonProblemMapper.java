package dev.rapport.activity.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.rapport.common.web.ProblemMappers;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus' built-in mapper for {@link MismatchedInputException} (an enum value that is not one of
 * the constants, a string where a number belongs) is more specific than common's {@code
 * JsonProcessingException} mapper and would answer with a non-problem body; route it to common's.
 */
public class JsonProblemMapper {

  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper(priority = 1)
  public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
    return problems.unreadable(e, request);
  }
}
