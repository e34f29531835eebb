package dev.rapport.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text: a value holding one would fail deep
 * in a query as a 500. It is refused at the edge instead, as a 400 naming the query parameter, path
 * parameter or body field that carries it.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

  static final String MESSAGE = "must not contain the NUL character (U+0000)";

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("rapport-nul").addDeserializer(String.class, new Strings()));
  }

  /** Every path and query parameter, after matching so that path parameters are known. */
  @ServerRequestFilter
  public void refuseInParameters(ContainerRequestContext request) {
    check("", request.getUriInfo().getPathParameters(true));
    check("", request.getUriInfo().getQueryParameters(true));
  }

  private static void check(String prefix, MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      boolean inName = parameter.getKey().indexOf('\u0000') >= 0;
      if (inName
          || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
        String name = inName ? "parameter name" : prefix + parameter.getKey();
        throw ProblemException.invalid(name.replace('\u0000', '?'), MESSAGE);
      }
    }
  }

  /** Jackson's own string reading, then the check; the field's path is added by Jackson. */
  static final class Strings extends StdScalarDeserializer<String> {

    Strings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = StringDeserializer.instance.deserialize(parser, context);
      if (value != null && value.indexOf('\u0000') >= 0) {
        throw new NulCharacterException(parser, value);
      }
      return value;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return "";
    }
  }

  /** Told apart by ProblemMappers so that the message names the character, not the type. */
  static final class NulCharacterException extends InvalidFormatException {
    NulCharacterException(JsonParser parser, String value) {
      super(parser, MESSAGE, value, String.class);
    }
  }
}
