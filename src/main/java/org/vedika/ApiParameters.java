package org.vedika;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * A malformed number or yes/no in an API address is the client's mistake, answered 400 with the
 * parameter's name ({@code page=abc}, {@code /api/problems/x}, {@code solved=maybe}); Jakarta REST
 * otherwise answers 404 for a query or path parameter it cannot convert, and reads {@code
 * solved=maybe} as false. A primitive parameter needs its {@code @DefaultValue}: an absent one is
 * never converted, and Jakarta REST would pass null.
 */
@Provider
public class ApiParameters implements ParamConverterProvider {

  private static final Map<Class<?>, Function<String, ?>> PARSERS =
      Map.of(
          int.class, Integer::valueOf,
          Integer.class, Integer::valueOf,
          long.class, Long::valueOf,
          Long.class, Long::valueOf,
          boolean.class, ApiParameters::yesOrNo,
          Boolean.class, ApiParameters::yesOrNo);

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    var parser = PARSERS.get(rawType);
    if (parser == null) {
      return null;
    }
    var name = name(annotations);
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null) {
          throw new IllegalArgumentException("no value");
        }
        try {
          return (T) parser.apply(value.strip());
        } catch (IllegalArgumentException malformed) {
          throw new BadRequestException(
              name
                  + " must be "
                  + (rawType == boolean.class || rawType == Boolean.class
                      ? "true or false"
                      : "a whole number")
                  + ", not '"
                  + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                  + "'");
        }
      }

      @Override
      public String toString(T value) {
        return String.valueOf(value);
      }
    };
  }

  private static Boolean yesOrNo(String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(value);
  }

  private static String name(Annotation[] annotations) {
    for (var annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
    }
    return "a parameter";
  }
}
