package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cluster's server configuration stays the single node's (docs/cluster.md): the same pre-boot
 * commands but the one that turns the data grid off, and the load balancer checks the readiness
 * Vedika answers, in a file HAProxy accepts.
 */
class ClusterConfigTest {

  static final String GRID_OFF = "hazelcast-config-specific-configuration.enabled=false";

  @Test
  void aClusterNodeBootsAsASingleNodeButForTheDataGrid() throws IOException {
    var single = commands(Path.of("config/pre-boot-commands.asadmin"));
    var cluster = commands(Path.of("config/pre-boot-commands-cluster.asadmin"));
    assertThat(single).anyMatch(line -> line.contains(GRID_OFF));
    assertThat(cluster)
        .isEqualTo(single.stream().filter(line -> !line.contains(GRID_OFF)).toList());
  }

  @Test
  void theLoadBalancerConfigurationIsValidAndChecksReadiness() throws Exception {
    assertThat(Files.readAllLines(Path.of("config/haproxy.cfg")))
        .contains("    option httpchk GET /health/ready", "    http-check expect status 200");
    // HAProxy's own check of the file (Debian's haproxy, which .ci/run installs)
    var check =
        new ProcessBuilder("haproxy", "-c", "-f", "config/haproxy.cfg")
            .redirectErrorStream(true)
            .start();
    var output = new String(check.getInputStream().readAllBytes());
    assertThat(check.waitFor()).as(output).isZero();
    assertThat(output).contains("Configuration file is valid");
  }

  private static List<String> commands(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }
}
