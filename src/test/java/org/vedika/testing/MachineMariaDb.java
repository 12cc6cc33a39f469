package org.vedika.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh database on the MariaDB service of the machine (127.0.0.1:3306, root, empty password),
 * dropped again at the end. The service itself is never stopped.
 */
final class MachineMariaDb implements Database {

  static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  static final String USER = "root";
  static final String PASSWORD = "";
  private final String name;

  private MachineMariaDb(String name) {
    this.name = name;
  }

  /** A new database on the machine's MariaDB, if it answers. */
  static Optional<Database> createIfAvailable(String prefix) {
    var name = prefix + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    try (var connection =
            DriverManager.getConnection(SERVER + "?connectTimeout=2000", USER, PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      return Optional.of(new MachineMariaDb(name));
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  @Override
  public String jdbcUrl() {
    return SERVER + name;
  }

  @Override
  public String user() {
    return USER;
  }

  @Override
  public String password() {
    return PASSWORD;
  }

  @Override
  public void close() {
    try (var connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
    } catch (SQLException e) {
      System.err.println("Could not drop test database " + name + ": " + e.getMessage());
    }
  }
}
