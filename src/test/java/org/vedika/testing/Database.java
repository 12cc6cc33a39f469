package org.vedika.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A MariaDB server and the one database Vedika uses on it. */
public interface Database extends AutoCloseable {

  String jdbcUrl();

  String user();

  String password();

  default Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user(), password());
  }

  @Override
  void close();
}
