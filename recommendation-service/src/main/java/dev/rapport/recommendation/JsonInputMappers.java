package dev.rapport.recommendation;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.rapport.common.web.ProblemMappers;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus' built-in mapper for {@link MismatchedInputException} (an unknown enum constant, a string
 * where a number belongs) is closer to the exception than common's JsonProcessingException mapper,
 * so it would answer with plain JSON; this hands those to the problem+json mapper too.
 */
public class JsonInputMappers {

  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper(priority = 1)
  public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
    return problems.unreadable(e, request);
  }
}
