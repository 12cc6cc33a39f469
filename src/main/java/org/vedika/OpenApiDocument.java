package org.vedika;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The last hand on {@code /openapi} ({@code mp.openapi.filter}), so that a client can be generated
 * from it and it passes Redocly's recommended rules ({@code OpenApiLintIT}, {@code
 * bench/openapi-lint}):
 *
 * <ul>
 *   <li>a response names its type (Payara writes it out in full, see {@link #referToComponents});
 *   <li>only API types: Payara's scanner also publishes every other annotated class it walks (JSF
 *       backing beans, entities); a schema no operation reaches is dropped;
 *   <li>Payara writes every {@code @Schema} attribute it was not given with its annotation default
 *       ({@code maxProperties: 0}, {@code exclusiveMaximum: false}, {@code minLength: 0}, …):
 *       {@code maxProperties: 0} forbids an object any property, a lone {@code exclusiveMaximum} is
 *       invalid; those defaults are removed, and a long is an integer (see {@link
 *       #withoutDefaults(Schema)});
 *   <li>the API is open data unless an operation names its security: the document's requirement is
 *       the empty one ({@code security: [{}]});
 *   <li>the one server is {@code vedika.public-url}, or without it {@code /}, the server that
 *       answered (Payara's is the address it happened to be asked at, with a trailing slash);
 *   <li>Payara adds a top-level {@code endpoints} map of its own, which OpenAPI 3.0 does not allow
 *       at the top; it is emptied through Payara's public setter (read reflectively: the class is
 *       Payara's).
 * </ul>
 */
public class OpenApiDocument implements OASFilter {

  private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());
  private static final Pattern REFERENCE = Pattern.compile("#/components/schemas/(.+)");

  @Override
  public void filterOpenAPI(OpenAPI api) {
    var publicUrl =
        ConfigProvider.getConfig()
            .getOptionalValue("vedika.public-url", String.class)
            .map(url -> url.replaceAll("/+$", ""))
            .orElse("/");
    api.setServers(List.of(OASFactory.createServer().url(publicUrl).description("Vedika")));
    dropPayaraEndpoints(api);
    // open data unless an operation says otherwise: an empty requirement is "no credentials"
    api.setSecurity(List.of(OASFactory.createSecurityRequirement()));
    var components = api.getComponents();
    if (components != null && components.getSchemas() != null) {
      referToComponents(api);
      var used = reachableSchemas(api);
      var schemas = components.getSchemas();
      for (var name : Set.copyOf(schemas.keySet())) {
        if (!used.contains(name)) {
          components.removeSchema(name);
        }
      }
      schemas.values().forEach(OpenApiDocument::withoutDefaults);
    }
    if (api.getPaths() != null) {
      api.getPaths().getPathItems().values().stream()
          .flatMap(item -> item.getOperations().values().stream())
          .forEach(OpenApiDocument::withoutDefaults);
    }
  }

  /**
   * Payara writes a response's {@code @Schema(implementation = …)} out in full, not as a reference
   * to the named schema (a generated client would get a nameless type for each operation): an
   * object with exactly the properties of a named schema becomes a reference to it.
   */
  private static void referToComponents(OpenAPI api) {
    var byProperties = new HashMap<Set<String>, String>();
    var ambiguous = new HashSet<Set<String>>();
    api.getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                var key = Set.copyOf(schema.getProperties().keySet());
                if (byProperties.put(key, name) != null) {
                  ambiguous.add(key);
                }
              }
            });
    ambiguous.forEach(byProperties::remove);
    UnaryOperator<Schema> named =
        new UnaryOperator<>() {
          @Override
          public Schema apply(Schema schema) {
            if (schema.getItems() != null) {
              schema.setItems(apply(schema.getItems()));
              return schema;
            }
            if (schema.getRef() == null && schema.getProperties() != null) {
              var name = byProperties.get(Set.copyOf(schema.getProperties().keySet()));
              if (name != null) {
                return OASFactory.createSchema().ref(name);
              }
            }
            return schema;
          }
        };
    api.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .filter(operation -> operation.getResponses() != null)
        .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
        .filter(response -> response.getContent() != null)
        .flatMap(response -> response.getContent().getMediaTypes().values().stream())
        .filter(media -> media.getSchema() != null)
        .forEach(media -> media.setSchema(named.apply(media.getSchema())));
    api.getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              if (schema.getProperties() != null) {
                var properties = new LinkedHashMap<>(schema.getProperties());
                properties.replaceAll((property, value) -> named.apply(value));
                schema.setProperties(properties);
              }
            });
  }

  /** The schemas the operations name, and the schemas those name, and so on. */
  private static Set<String> reachableSchemas(OpenAPI api) {
    var schemas = api.getComponents().getSchemas();
    var found = new HashSet<String>();
    var toVisit = new ArrayDeque<Schema>();
    for (PathItem item : api.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getParameters() != null) {
          operation.getParameters().stream()
              .map(Parameter::getSchema)
              .filter(s -> s != null)
              .forEach(toVisit::add);
        }
        if (operation.getResponses() != null) {
          operation.getResponses().getAPIResponses().values().stream()
              .filter(response -> response.getContent() != null)
              .flatMap(response -> response.getContent().getMediaTypes().values().stream())
              .map(media -> media.getSchema())
              .filter(s -> s != null)
              .forEach(toVisit::add);
        }
      }
    }
    while (!toVisit.isEmpty()) {
      var schema = toVisit.pop();
      if (schema.getRef() != null) {
        var matcher = REFERENCE.matcher(schema.getRef());
        if (matcher.matches() && found.add(matcher.group(1))) {
          var named = schemas.get(matcher.group(1));
          if (named != null) {
            toVisit.push(named);
          }
        }
      }
      children(schema).forEach(toVisit::push);
    }
    return found;
  }

  private static List<Schema> children(Schema schema) {
    var children = new ArrayList<Schema>();
    if (schema.getItems() != null) {
      children.add(schema.getItems());
    }
    if (schema.getProperties() != null) {
      children.addAll(schema.getProperties().values());
    }
    for (var list : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
      if (list != null) {
        @SuppressWarnings("unchecked")
        List<Schema> typed = list;
        children.addAll(typed);
      }
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      children.add(schema.getAdditionalPropertiesSchema());
    }
    return children;
  }

  /**
   * Drops the annotation defaults Payara writes out as if they had been asked for; a Java long it
   * types "number" whatever its {@code @Schema} says, so a number with an integer format is made an
   * integer.
   */
  private static void withoutDefaults(Schema schema) {
    if (schema.getType() == Schema.SchemaType.NUMBER
        && ("int64".equals(schema.getFormat()) || "int32".equals(schema.getFormat()))) {
      schema.setType(Schema.SchemaType.INTEGER);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    children(schema).forEach(OpenApiDocument::withoutDefaults);
  }

  private static void withoutDefaults(Operation operation) {
    if (Boolean.FALSE.equals(operation.getDeprecated())) {
      operation.setDeprecated(null);
    }
    if (operation.getParameters() != null) {
      for (var parameter : operation.getParameters()) {
        // OpenAPI: a path parameter is required (Payara writes a @Parameter's default, false)
        if (parameter.getIn() == Parameter.In.PATH) {
          parameter.setRequired(true);
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
          parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
          parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
          parameter.setAllowReserved(null);
        }
        if (parameter.getSchema() != null) {
          withoutDefaults(parameter.getSchema());
        }
      }
    }
    if (operation.getResponses() != null) {
      for (var response : operation.getResponses().getAPIResponses().values()) {
        if (response.getContent() != null) {
          response.getContent().getMediaTypes().values().stream()
              .filter(media -> media.getSchema() != null)
              .forEach(media -> withoutDefaults(media.getSchema()));
        }
        if (response.getHeaders() != null) {
          for (var header : response.getHeaders().values()) {
            if (Boolean.FALSE.equals(header.getRequired())) {
              header.setRequired(null);
            }
            if (Boolean.FALSE.equals(header.getDeprecated())) {
              header.setDeprecated(null);
            }
            if (Boolean.FALSE.equals(header.getAllowEmptyValue())) {
              header.setAllowEmptyValue(null);
            }
            if (header.getSchema() != null) {
              withoutDefaults(header.getSchema());
            }
          }
        }
      }
    }
  }

  private static void dropPayaraEndpoints(OpenAPI api) {
    try {
      api.getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(api, new java.util.HashMap<String, Set<String>>());
    } catch (NoSuchMethodException notPayara) {
      // another server: nothing to drop
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not drop Payara's endpoints map from /openapi", e);
    }
  }
}
