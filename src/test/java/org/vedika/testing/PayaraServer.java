package org.vedika.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on Payara Micro, as a child process configured like production: environment
 * variables for the database, {@code config/} for the server.
 */
public final class PayaraServer implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  /** Ready: the database answers and the schema (and any demo data) is in place. */
  static final String PROBE = "/health/ready";

  /**
   * And an application page: Payara logs "ready" even when the deployment failed, and its health
   * endpoint answers UP before the application (and its checks) is deployed.
   */
  static final String PAGE = "/about";

  private final Process process;
  private final int port;
  private final Path log;

  private PayaraServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Where the build put things, from system properties set by Maven (see pom.xml). */
  public record Layout(Path payaraJar, Path war, Path config) {
    public static Layout fromSystemProperties() {
      return new Layout(
          Path.of(required("payara.micro.jar")),
          Path.of(required("vedika.war")),
          Path.of(required("vedika.config")));
    }

    private static String required(String name) {
      var value = System.getProperty(name);
      if (value == null) {
        throw new IllegalStateException(
            "System property " + name + " is not set (run through Maven)");
      }
      return value;
    }
  }

  /**
   * Starts Payara Micro with Vedika on {@code port} and the database given, and waits until an
   * application URL answers. With {@code logFile} null the server logs to this console.
   */
  public static PayaraServer start(
      Layout layout, int port, Database database, Path workDir, Path logFile) {
    return start(layout, port, database, workDir, logFile, Map.of());
  }

  /** As above, with more environment variables for Vedika (e.g. {@code VEDIKA_DEMO=true}). */
  public static PayaraServer start(
      Layout layout,
      int port,
      Database database,
      Path workDir,
      Path logFile,
      Map<String, String> environment) {
    return start(layout, port, database, workDir, logFile, environment, null);
  }

  /**
   * A member of a Payara data grid on loopback, as bench/cluster starts one (docs/cluster.md): its
   * grid port, and every member's, for Hazelcast's TCP/IP discovery; it boots with the cluster's
   * pre-boot commands (the single node's but the grid).
   */
  public record Grid(int port, List<Integer> members) {
    List<String> arguments() {
      return List.of(
          "--clustermode",
          "tcpip:"
              + String.join(",", members.stream().map(member -> "127.0.0.1:" + member).toList()),
          "--startport",
          String.valueOf(port),
          "--interfaces",
          "127.0.0.1",
          "--hzpublicaddress",
          "127.0.0.1",
          "--clustername",
          "vedika-test-" + members.get(0),
          // every member is 127.0.0.1 here: host-aware partitioning would keep no backups
          "--nohostaware");
    }
  }

  /** As above; with a grid, a member of it (sessions in the grid), else a node on its own. */
  public static PayaraServer start(
      Layout layout,
      int port,
      Database database,
      Path workDir,
      Path logFile,
      Map<String, String> environment,
      Grid grid) {
    try {
      Files.createDirectories(workDir);
      // a root left by an earlier run still lists Vedika as deployed: Payara would load that copy,
      // answer, and then redeploy --deploy's (503s in between): every start gets a fresh root
      deleteTree(workDir.resolve("payara-root"));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx512m");
      // the JVM settings bench/run and the Dockerfile use (docs/benchmarks.md, issue 17)
      command.add("@" + layout.config().resolve("jvm.options"));
      command.add("-jar");
      command.add(layout.payaraJar().toString());
      command.addAll(
          List.of(
              "--deploy",
              layout.war().toString(),
              "--contextroot",
              "/",
              "--port",
              String.valueOf(port),
              "--disablephonehome",
              "--rootdir",
              workDir.resolve("payara-root").toString(),
              "--systemproperties",
              layout.config().resolve("system.properties").toString(),
              "--prebootcommandfile",
              layout
                  .config()
                  .resolve(
                      grid == null
                          ? "pre-boot-commands.asadmin"
                          : "pre-boot-commands-cluster.asadmin")
                  .toString()));
      command.addAll(grid == null ? List.of("--nocluster", "--nohazelcast") : grid.arguments());
      var builder = new ProcessBuilder(command).directory(workDir.toFile());
      Map<String, String> env = builder.environment();
      // two glibc malloc arenas instead of eight per core: a fifth less resident memory
      env.put("MALLOC_ARENA_MAX", "2");
      env.put("DB_URL", database.jdbcUrl());
      env.put("DB_USER", database.user());
      env.put("DB_PASSWORD", database.password());
      env.putAll(environment);
      if (logFile == null) {
        builder.inheritIO();
      } else {
        Files.createDirectories(logFile.getParent());
        builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
      }
      var server = new PayaraServer(builder.start(), port, logFile);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    var client =
        HttpClient.newBuilder()
            .version(
                HttpClient.Version.HTTP_1_1) // no h2c upgrade: a second request on it could hang
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    var deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with " + process.exitValue() + logTail());
      }
      try {
        var response =
            client.send(
                HttpRequest.newBuilder(URI.create(url(PROBE)))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200
            && client
                    .send(
                        HttpRequest.newBuilder(URI.create(url(PAGE)))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    close();
    throw new IllegalStateException(
        "Vedika did not answer " + PROBE + " within " + START_TIMEOUT + logTail());
  }

  private String logTail() {
    if (log == null || !Files.exists(log)) {
      return "";
    }
    try {
      var lines = Files.readAllLines(log);
      return "\n--- last lines of "
          + log
          + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return port;
  }

  /** An absolute URL of this server, for a path such as {@code /place/05}. */
  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public void waitFor() throws InterruptedException {
    process.waitFor();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(
            java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
            java.util.concurrent.TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Kills the server at once (SIGKILL, as {@code kill -9}): no shutdown hook, no flush, no goodbye.
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
