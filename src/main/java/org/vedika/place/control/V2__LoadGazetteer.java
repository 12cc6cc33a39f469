package org.vedika.place.control;

import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.vedika.place.entity.PlaceLevel;

/**
 * Loads the gazetteer CSV shipped in the WAR (Pumi, MIT; see {@code gazetteer/SOURCE.md}) into the
 * {@code place} table. It runs once, in its migration's transaction; the file is sorted by code, so
 * every parent is inserted before its children.
 */
@Dependent // found by the schema feature as a JavaMigration bean
public class V2__LoadGazetteer extends BaseJavaMigration {

  public static final String CSV = "gazetteer/cambodia-gazetteer-flat.csv";
  private static final int BATCH = 1_000;
  private static final String INSERT =
      "INSERT INTO place (code, parent_code, level, type_km, type_latin, type_en, name_km,"
          + " name_latin, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void migrate(Context context) throws SQLException {
    load(context.getConnection());
  }

  /** Inserts every row of the gazetteer; returns how many. */
  public static int load(Connection connection) throws SQLException {
    var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = openCsv();
        var records = format.parse(in);
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      int count = 0;
      for (CSVRecord row : records) {
        insert.setString(1, row.get("code"));
        insert.setString(2, emptyToNull(row.get("parent_code")));
        insert.setString(3, PlaceLevel.ofDepth(Integer.parseInt(row.get("level"))).name());
        insert.setString(4, clean(row.get("type_km")));
        insert.setString(5, clean(row.get("type_latin")));
        insert.setString(6, clean(row.get("type_en")));
        insert.setString(7, clean(row.get("name_km")));
        insert.setString(8, clean(row.get("name_latin")));
        setDecimal(insert, 9, row.get("lat"));
        setDecimal(insert, 10, row.get("lon"));
        insert.addBatch();
        if (++count % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + CSV, e);
    }
  }

  /** Names as shipped, less the zero-width spaces that ten of them carry, and trimmed. */
  public static String clean(String name) {
    return name.replace("\u200B", "").strip().replaceAll("\\s{2,}", " ");
  }

  private static Reader openCsv() {
    var stream =
        Objects.requireNonNull(
            V2__LoadGazetteer.class.getClassLoader().getResourceAsStream(CSV),
            CSV + " is missing from the class path");
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  private static String emptyToNull(String value) {
    return value.isBlank() ? null : value;
  }

  private static void setDecimal(PreparedStatement insert, int index, String value)
      throws SQLException {
    if (value.isBlank()) {
      insert.setNull(index, Types.DECIMAL);
    } else {
      insert.setBigDecimal(
          index, new BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP));
    }
  }
}
