package org.vedika.search.control;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds each problem's searchable words — its title, description and replies, segmented by {@link
 * SearchText} — in a {@code FULLTEXT}-indexed column, and fills it for the problems that exist. A
 * Java migration because MariaDB cannot segment Khmer: the words are made here.
 */
@Dependent // found by the schema feature as a JavaMigration bean
public class V5__SearchText extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    var connection = context.getConnection();
    try (var statement = connection.createStatement()) {
      statement.execute(
          "ALTER TABLE problem ADD COLUMN search_text MEDIUMTEXT NOT NULL DEFAULT ''");
      statement.execute("CREATE FULLTEXT INDEX ft_problem_search ON problem (search_text)");
    }
    backfill(connection);
  }

  private static void backfill(Connection connection) throws SQLException {
    var texts = new LinkedHashMap<Long, StringBuilder>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT id, title, body FROM problem ORDER BY id")) {
      while (rows.next()) {
        texts.put(
            rows.getLong(1),
            new StringBuilder(rows.getString(2)).append('\n').append(rows.getString(3)));
      }
    }
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT problem_id, body FROM reply WHERE deleted = FALSE ORDER BY problem_id, id")) {
      while (rows.next()) {
        var text = texts.get(rows.getLong(1));
        if (text != null) {
          text.append('\n').append(rows.getString(2));
        }
      }
    }
    try (var update =
        connection.prepareStatement("UPDATE problem SET search_text = ? WHERE id = ?")) {
      for (var entry : texts.entrySet()) {
        update.setString(1, SearchText.index(entry.getValue().toString()));
        update.setLong(2, entry.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
