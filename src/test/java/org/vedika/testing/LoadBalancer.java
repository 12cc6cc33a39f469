package org.vedika.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's HAProxy with Vedika's {@code config/haproxy.cfg}, as a child process in front of up to
 * three nodes on loopback (bench/cluster runs the same file): a node's port that nothing listens on
 * is a node HAProxy marks DOWN.
 */
public final class LoadBalancer implements AutoCloseable {

  private final Process process;
  private final int port;

  private LoadBalancer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts HAProxy on a free port before the nodes' ports, and waits until it listens. */
  public static LoadBalancer start(Path config, Path workDir, List<Integer> nodePorts) {
    try {
      Files.createDirectories(workDir);
      var port = EmbeddedMariaDb.freePort();
      var builder =
          new ProcessBuilder("haproxy", "-db", "-f", config.resolve("haproxy.cfg").toString())
              .redirectErrorStream(true)
              .redirectOutput(workDir.resolve("haproxy.log").toFile());
      var env = builder.environment();
      env.put("VEDIKA_LB_PORT", String.valueOf(port));
      env.put("VEDIKA_LB_STATS_PORT", String.valueOf(EmbeddedMariaDb.freePort()));
      env.put("VEDIKA_LB_SOCKET", workDir.resolve("haproxy.sock").toString());
      for (var i = 0; i < 3; i++) {
        env.put(
            "VEDIKA_NODE" + (i + 1) + "_PORT",
            String.valueOf(i < nodePorts.size() ? nodePorts.get(i) : EmbeddedMariaDb.freePort()));
      }
      var balancer = new LoadBalancer(builder.start(), port);
      Runtime.getRuntime().addShutdownHook(new Thread(balancer::close));
      var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) {
        try (var probe = new Socket("127.0.0.1", port)) {
          return balancer;
        } catch (IOException notYet) {
          PayaraServer.sleep(Duration.ofMillis(100));
        }
      }
      balancer.close();
      throw new IllegalStateException(
          "HAProxy did not listen on " + port + " (see " + workDir + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An absolute URL through the load balancer. */
  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  @Override
  public void close() {
    process.destroy();
  }
}
