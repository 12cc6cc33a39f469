package org.vedika.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.VedikaServer;

/** What the startup migration loaded into the real MariaDB. */
@ExtendWith(VedikaServer.class)
class GazetteerIT {

  @Test
  void holdsAllOfCambodiasPlaces() throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (var connection = VedikaServer.database().connect();
        var rows =
            connection
                .createStatement()
                .executeQuery("SELECT level, COUNT(*) FROM place GROUP BY level")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getInt(2));
      }
    }
    assertThat(counts)
        .containsEntry("PROVINCE", 25)
        .containsEntry("DISTRICT", 210)
        .containsEntry("COMMUNE", 1652)
        .containsEntry("VILLAGE", 14578);
  }

  @Test
  void namesCarryNoZeroWidthSpaces() throws SQLException {
    try (var connection = VedikaServer.database().connect();
        var statement =
            connection.prepareStatement(
                // byte-wise: the unicode collation ignores U+200B, so LIKE would match every row
                "SELECT COUNT(*) FROM place WHERE INSTR(CAST(name_km AS BINARY), ?) > 0"
                    + " OR INSTR(CAST(name_latin AS BINARY), ?) > 0")) {
      var zeroWidthSpace = "\u200B".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      statement.setBytes(1, zeroWidthSpace);
      statement.setBytes(2, zeroWidthSpace);
      try (var rows = statement.executeQuery()) {
        rows.next();
        assertThat(rows.getInt(1)).isZero();
      }
    }
  }

  @Test
  void everyPlaceButAProvinceHasItsParent() throws SQLException {
    try (var connection = VedikaServer.database().connect();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM place c LEFT JOIN place p ON p.code = c.parent_code"
                        + " WHERE c.level <> 'PROVINCE' AND (p.code IS NULL OR c.code NOT LIKE CONCAT(p.code, '__'))")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }

  @Test
  void tablesAreUtf8mb4() throws SQLException {
    try (var connection = VedikaServer.database().connect();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND table_name <> 'flyway_schema_history' AND character_set_name IS NOT NULL"
                        + " AND character_set_name <> 'utf8mb4'")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }
}
