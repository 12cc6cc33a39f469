package org.vedika;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Rows of a native query as JSON, for a member's data download: each row an object with these
 * names, times as ISO-8601 instants. The owner of each table writes its own query (the columns a
 * member may take away) and hands the rows here.
 */
public final class JsonRows {

  private JsonRows() {}

  /**
   * The rows (one value, or an {@code Object[]} of values, per row) as objects with these names.
   */
  public static JsonArray of(List<?> rows, String... names) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (var row : rows) {
      var values = row instanceof Object[] columns ? columns : new Object[] {row};
      JsonObjectBuilder object = Json.createObjectBuilder();
      for (var i = 0; i < names.length; i++) {
        add(object, names[i], i < values.length ? values[i] : null);
      }
      array.add(object);
    }
    return array.build();
  }

  private static void add(JsonObjectBuilder object, String name, Object value) {
    if (value == null) {
      object.addNull(name);
    } else if (value instanceof Boolean flag) {
      object.add(name, flag);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      object.add(name, ((Number) value).longValue());
    } else if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      object.add(name, new BigDecimal(value.toString()));
    } else if (value instanceof Timestamp time) {
      object.add(name, time.toInstant().toString());
    } else if (value instanceof Instant time) {
      object.add(name, time.toString());
    } else {
      object.add(name, value.toString());
    }
  }
}
