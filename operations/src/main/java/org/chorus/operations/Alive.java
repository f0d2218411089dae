package org.chorus.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Chorus runs: part of /health/live, with the number of servers in the cluster. */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("chorus")
        .up()
        .withData("cluster-members", Cluster.members())
        .build();
  }
}
