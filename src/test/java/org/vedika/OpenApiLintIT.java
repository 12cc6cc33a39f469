package org.vedika;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Http;
import org.vedika.testing.VedikaServer;

/**
 * {@code /openapi} as a client generator reads it (issue 19): Redocly's "recommended" rules,
 * checked in Java so that the test needs nothing but the JDK (the real Redocly CLI runs with {@code
 * bench/openapi-lint}; docs/api.md has its last result). Each rule below names the Redocly rule it
 * stands for; every rule of that set that can apply to this document is here.
 */
@ExtendWith(VedikaServer.class)
class OpenApiLintIT {

  static final Set<String> TOP_LEVEL =
      Set.of(
          "openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
  static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_.~:/@!$&'()*+,;=-]+");
  static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  static JsonObject document;
  final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void read() {
    var response = Http.get(VedikaServer.url("/openapi"), "Accept", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    document = Http.json(response).asJsonObject();
  }

  @Test
  void passesRedoclysRecommendedRules() {
    // struct: only OpenAPI 3.0's own top-level fields (Payara adds "endpoints")
    document.keySet().stream()
        .filter(key -> !TOP_LEVEL.contains(key) && !key.startsWith("x-"))
        .forEach(key -> problems.add("struct: top-level " + key));
    assertThat(document.getString("openapi")).startsWith("3.");
    info();
    servers();
    var schemes = securitySchemes();
    var operationIds = new HashSet<String>();
    var shapes = new HashMap<String, String>();
    for (var path : document.getJsonObject("paths").entrySet()) {
      var address = path.getKey();
      // no-path-trailing-slash, path-not-include-query
      if (address.length() > 1 && address.endsWith("/")) {
        problems.add("no-path-trailing-slash: " + address);
      }
      if (address.contains("?")) {
        problems.add("path-not-include-query: " + address);
      }
      // no-identical-paths: the same path with other parameter names
      var shape = PATH_PARAMETER.matcher(address).replaceAll("{}");
      var before = shapes.put(shape, address);
      if (before != null) {
        problems.add("no-identical-paths: " + before + " and " + address);
      }
      var declared = new HashSet<String>();
      PATH_PARAMETER.matcher(address).results().forEach(m -> declared.add(m.group(1)));
      for (var method : path.getValue().asJsonObject().entrySet()) {
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        operation(
            method.getKey() + " " + address,
            method.getValue().asJsonObject(),
            declared,
            operationIds,
            schemes);
      }
    }
    tags();
    components();
    assertThat(problems).isEmpty();
  }

  @Test
  void publishesOnlyTheApisOwnTypes() {
    var schemas = document.getJsonObject("components").getJsonObject("schemas").keySet();
    assertThat(schemas)
        .containsExactlyInAnyOrder(
            "Instant",
            "Open311Request",
            "Open311Service",
            "Place",
            "Problem",
            "Reply",
            "StatusChange",
            "RankedRow",
            "ResponseTimes",
            "WaitingProblem");
  }

  @Test
  void aLongIsAnIntegerAndATimeAString() {
    var problem =
        document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
    var id = problem.getJsonObject("properties").getJsonObject("id");
    assertThat(id.getString("type")).isEqualTo("integer");
    assertThat(id.getString("format")).isEqualTo("int64");
    var instant =
        document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Instant");
    assertThat(instant.getString("type")).isEqualTo("string");
    assertThat(instant.getString("format")).isEqualTo("date-time");
  }

  @Test
  void theDashboardNeedsATokenOrASessionTheRestIsOpen() {
    assertThat(document.getJsonArray("security")).containsExactly(JsonValue.EMPTY_JSON_OBJECT);
    var recurring =
        document
            .getJsonObject("paths")
            .getJsonObject("/api/dashboard/recurring")
            .getJsonObject("get")
            .getJsonArray("security");
    assertThat(recurring.stream().map(r -> r.asJsonObject().keySet()).toList())
        .containsExactly(Set.of("token"), Set.of("session"));
    var schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
    assertThat(schemes.getJsonObject("token").getString("scheme")).isEqualTo("bearer");
    assertThat(schemes.getJsonObject("session").getString("in")).isEqualTo("cookie");
  }

  private void info() {
    var info = document.getJsonObject("info");
    if (info == null || !info.containsKey("title") || !info.containsKey("version")) {
      problems.add("struct: info needs title and version");
      return;
    }
    // info-license, info-license-strict
    var license = info.getJsonObject("license");
    if (license == null || !license.containsKey("name")) {
      problems.add("info-license: no licence");
    } else if (!license.containsKey("url") && !license.containsKey("identifier")) {
      problems.add("info-license-strict: the licence has no url");
    }
  }

  private void servers() {
    // no-empty-servers, no-server-trailing-slash, no-server-example.com
    var servers = document.getJsonArray("servers");
    if (servers == null || servers.isEmpty()) {
      problems.add("no-empty-servers");
      return;
    }
    for (var server : servers) {
      var url = server.asJsonObject().getString("url", "");
      if (url.isEmpty()) {
        problems.add("no-empty-servers: a server without url");
      }
      if (url.length() > 1 && url.endsWith("/")) {
        problems.add("no-server-trailing-slash: " + url);
      }
      if (url.contains("example.com") || url.contains("localhost")) {
        problems.add("no-server-example.com: " + url);
      }
    }
  }

  private Set<String> securitySchemes() {
    var components = document.getJsonObject("components");
    var schemes = components == null ? null : components.getJsonObject("securitySchemes");
    return schemes == null ? Set.of() : schemes.keySet();
  }

  private void operation(
      String name,
      JsonObject operation,
      Set<String> declared,
      Set<String> operationIds,
      Set<String> schemes) {
    // operation-summary
    if (operation.getString("summary", "").isBlank()) {
      problems.add("operation-summary: " + name);
    }
    // operation-operationId, -unique, -url-safe
    var id = operation.getString("operationId", "");
    if (id.isBlank()) {
      problems.add("operation-operationId: " + name);
    } else if (!operationIds.add(id)) {
      problems.add("operation-operationId-unique: " + id);
    } else if (!URL_SAFE.matcher(id).matches()) {
      problems.add("operation-operationId-url-safe: " + id);
    }
    // operation-2xx-response, operation-4xx-response
    var responses = operation.getJsonObject("responses");
    var codes = responses == null ? Set.<String>of() : responses.keySet();
    if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
      problems.add("operation-2xx-response: " + name);
    }
    if (codes.stream().noneMatch(code -> code.startsWith("4"))) {
      problems.add("operation-4xx-response: " + name);
    }
    if (responses != null) {
      for (var response : responses.entrySet()) {
        if (!response.getValue().asJsonObject().containsKey("description")) {
          problems.add("struct: response " + response.getKey() + " of " + name + " undescribed");
        }
        var content = response.getValue().asJsonObject().getJsonObject("content");
        if (content != null) {
          content.values().stream()
              .map(media -> media.asJsonObject().get("schema"))
              .filter(schema -> schema != null)
              .forEach(schema -> schema(name + " " + response.getKey(), schema.asJsonObject()));
        }
      }
    }
    // operation-parameters-unique, path-parameters-defined, path-declaration-must-exist
    var seen = new HashSet<String>();
    var pathParameters = new HashSet<String>();
    var parameters = operation.getJsonArray("parameters");
    if (parameters != null) {
      for (var value : parameters) {
        var parameter = value.asJsonObject();
        var key = parameter.getString("in") + ":" + parameter.getString("name");
        if (!seen.add(key)) {
          problems.add("operation-parameters-unique: " + name + " " + key);
        }
        if ("path".equals(parameter.getString("in"))) {
          pathParameters.add(parameter.getString("name"));
          if (!parameter.getBoolean("required", false)) {
            problems.add("struct: path parameter not required: " + name + " " + key);
          }
        }
        if (parameter.containsKey("schema")) {
          schema(name + " " + key, parameter.getJsonObject("schema"));
        }
      }
    }
    if (!pathParameters.equals(declared)) {
      problems.add("path-parameters-defined: " + name + " " + pathParameters + " " + declared);
    }
    // security-defined: on the operation or the document, naming defined schemes only
    var security = operation.getJsonArray("security");
    if (security == null) {
      security = document.getJsonArray("security");
    }
    if (security == null) {
      problems.add("security-defined: " + name);
    } else {
      security.stream()
          .flatMap(requirement -> requirement.asJsonObject().keySet().stream())
          .filter(scheme -> !schemes.contains(scheme))
          .forEach(scheme -> problems.add("security-defined: unknown scheme " + scheme));
    }
  }

  private void tags() {
    // tag-description
    var tags = document.getJsonArray("tags");
    if (tags != null) {
      tags.stream()
          .map(JsonValue::asJsonObject)
          .filter(tag -> tag.getString("description", "").isBlank())
          .forEach(tag -> problems.add("tag-description: " + tag.getString("name")));
    }
  }

  private void components() {
    var components = document.getJsonObject("components");
    if (components == null) {
      return;
    }
    var schemas = components.getJsonObject("schemas");
    if (schemas == null) {
      return;
    }
    // spec-components-invalid-map-name
    schemas.keySet().stream()
        .filter(key -> !key.matches("[A-Za-z0-9._-]+"))
        .forEach(key -> problems.add("spec-components-invalid-map-name: " + key));
    // no-unused-components, no-unresolved-refs
    var text = document.toString();
    var references = new HashSet<String>();
    Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"")
        .matcher(text)
        .results()
        .forEach(m -> references.add(m.group(1)));
    references.stream()
        .filter(name -> !schemas.containsKey(name))
        .forEach(name -> problems.add("no-unresolved-refs: " + name));
    schemas.keySet().stream()
        .filter(name -> !references.contains(name))
        .forEach(name -> problems.add("no-unused-components: " + name));
    schemas.forEach((name, schema) -> schema(name, schema.asJsonObject()));
  }

  /** no-schema-type-mismatch, no-enum-type-mismatch, no-required-schema-properties-undefined. */
  private void schema(String where, JsonObject schema) {
    var type = schema.getString("type", null);
    if (type != null) {
      if (!"object".equals(type) && schema.containsKey("properties")) {
        problems.add("no-schema-type-mismatch: " + where + " is " + type + " with properties");
      }
      if (!"array".equals(type) && schema.containsKey("items")) {
        problems.add("no-schema-type-mismatch: " + where + " is " + type + " with items");
      }
      if ("array".equals(type) && !schema.containsKey("items")) {
        problems.add("struct: array without items: " + where);
      }
      var values = schema.getJsonArray("enum");
      if (values != null) {
        values.stream()
            .filter(value -> !matches(type, value))
            .forEach(value -> problems.add("no-enum-type-mismatch: " + where + " " + value));
      }
    }
    // what no-invalid-schema-examples reported: a lone exclusiveMaximum or -Minimum
    if (schema.containsKey("exclusiveMaximum") && !schema.containsKey("maximum")) {
      problems.add("no-invalid-schema-examples: exclusiveMaximum without maximum in " + where);
    }
    if (schema.containsKey("exclusiveMinimum") && !schema.containsKey("minimum")) {
      problems.add("no-invalid-schema-examples: exclusiveMinimum without minimum in " + where);
    }
    if (schema.getInt("maxProperties", 1) == 0 && schema.containsKey("properties")) {
      problems.add("struct: maxProperties 0 with properties in " + where);
    }
    var properties = schema.getJsonObject("properties");
    var required = schema.getJsonArray("required");
    if (required != null) {
      required.getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .filter(name -> properties == null || !properties.containsKey(name))
          .forEach(
              name ->
                  problems.add("no-required-schema-properties-undefined: " + where + " " + name));
    }
    if (properties != null) {
      properties.forEach((name, property) -> schema(where + "." + name, property.asJsonObject()));
    }
    if (schema.containsKey("items")) {
      schema(where + "[]", schema.getJsonObject("items"));
    }
    for (var combination : List.of("allOf", "anyOf", "oneOf")) {
      JsonArray parts = schema.getJsonArray(combination);
      if (parts != null) {
        parts.forEach(part -> schema(where + " " + combination, part.asJsonObject()));
      }
    }
  }

  private static boolean matches(String type, JsonValue value) {
    return switch (type) {
      case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
      case "integer", "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
      case "boolean" ->
          value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE;
      default -> true;
    };
  }
}
