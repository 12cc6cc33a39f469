package org.vedika.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.vedika.schema.boundary.SchemaMigration;

/** UP once every Flyway migration has been applied. */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("schema").status(migration.isCurrent()).build();
  }
}
