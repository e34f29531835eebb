package dev.rapport.common.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Path, query and header parameters typed as a UUID, an enum or an integer, converted by {@link
 * Params} in every service: enum names in any case ({@code ?goal=find_job} is {@code FIND_JOB}),
 * and a value that does not convert is a 400 problem naming the parameter and what it takes (JAX-RS
 * alone would answer a bare 404; {@link ProblemMappers} unwraps the problem). Parameters that the
 * committed contracts type as plain strings stay {@code String} in the resources and call {@link
 * Params} themselves: typing them would change the documents, which openapi-diff counts as
 * breaking.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = nameOf(annotations);
    if (rawType == UUID.class) {
      return (ParamConverter<T>) new Converter<>(name, value -> Params.uuid(name, value));
    }
    if (rawType == Integer.class) {
      return (ParamConverter<T>) new Converter<>(name, value -> Params.integer(name, value));
    }
    if (rawType.isEnum()) {
      return (ParamConverter<T>)
          new Converter<>(name, value -> Params.enumValue(name, value, (Class) rawType));
    }
    return null;
  }

  private static String nameOf(Annotation[] annotations) {
    if (annotations != null) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof QueryParam query) {
          return query.value();
        }
        if (annotation instanceof PathParam path) {
          return path.value();
        }
        if (annotation instanceof HeaderParam header) {
          return header.value();
        }
      }
    }
    return "parameter";
  }

  private record Converter<T>(String name, java.util.function.Function<String, T> parse)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      return parse.apply(value);
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
  }
}
