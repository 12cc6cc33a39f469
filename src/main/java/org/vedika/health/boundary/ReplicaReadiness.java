package org.vedika.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.vedika.schema.boundary.ReplicaReads;

/**
 * Where lag-tolerant reads go, and how far the replica is behind: always UP (a lagging or stopped
 * replica sends those reads to the primary; the node still serves everything), with the figures for
 * operators and the load balancer's page (docs/cluster.md).
 */
@Readiness
@ApplicationScoped
public class ReplicaReadiness implements HealthCheck {

  @Inject ReplicaReads reads;

  @Override
  public HealthCheckResponse call() {
    var state = reads.state();
    var response =
        HealthCheckResponse.named("replica")
            .up()
            .withData("configured", state.configured())
            .withData("readsOn", state.onReplica() ? "replica" : "primary");
    if (state.lagSeconds() != null) {
      response.withData("lagSeconds", state.lagSeconds());
    }
    if (state.problem() != null) {
      response.withData("problem", state.problem());
    }
    return response.build();
  }
}
