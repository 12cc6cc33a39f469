package org.vedika.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the schema up to date at startup, before any page or API call reads from it. If the
 * database does not answer yet, the deployment still comes up (readiness DOWN) and the migration is
 * retried every few seconds until it succeeds.
 */
// The transaction rule: one resource, local (non-XA) transactions, started by the facades (see the
// schema package's package-info). LocalMariaDbDataSource is MariaDB's data source without its XA
// interface: Payara would otherwise wrap every transaction in XA START / END / COMMIT.
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "${MPCONFIG=db.class:org.vedika.schema.control.LocalMariaDbDataSource}",
    url = "${MPCONFIG=db.url:jdbc:mariadb://127.0.0.1:3306/vedika}",
    user = "${MPCONFIG=db.user:root}",
    password = "${MPCONFIG=db.password:}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // a restarted database leaves dead connections in the pool: test each one before handing it
      // out
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      // ... and when one is dead, drop them all instead of failing one request per dead connection
      "fish.payara.fail-all-connections=true",
      // ... but test a connection at most every 10 s, not on every single borrow
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      // a request waits at most 10 s for a connection instead of the default 60 s
      "fish.payara.max-wait-time-in-millis=10000",
      // every connection has the same user: no matching of the caller's credentials on each
      // borrow (on by default for a @DataSourceDefinition pool, and every borrow then queued on
      // one synchronized set in javax.security.auth.Subject; docs/benchmarks.md, issue 17)
      "fish.payara.match-connections=false"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/vedika";
  static final long RETRY_MILLIS = 5_000;
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  /**
   * Retries run on the server's managed scheduler, not an EJB timer: any EJB timer needs Payara
   * Micro's timer service, which needs its Hazelcast data grid, which a single node does without
   * (config/pre-boot-commands.asadmin).
   */
  @Resource ManagedScheduledExecutorService scheduler;

  /**
   * Every feature's Java migration: a {@code @Dependent} bean extending {@code BaseJavaMigration}.
   */
  @Inject @Any Instance<JavaMigration> javaMigrations;

  /** Told once the schema is current, so seeding can follow a migration that needed retries. */
  @Inject Event<SchemaCurrent> schemaCurrent;

  /** The event fired when every migration has been applied. */
  public record SchemaCurrent() {}

  private volatile boolean current;

  @PostConstruct
  void migrateAtStartup() {
    migrate();
  }

  /** True once every migration has been applied in this run. */
  public boolean isCurrent() {
    return current;
  }

  private void migrate() {
    try {
      var result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              // the features' own Java migrations (V2 gazetteer, V5 search words), found as beans:
              // the schema feature names none of them
              .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
              .load()
              .migrate();
      LOG.info(
          () -> "Schema is current: " + result.migrationsExecuted + " migration(s) applied now");
    } catch (RuntimeException e) {
      LOG.warning(
          () -> "Schema migration failed, retrying in " + RETRY_MILLIS + " ms: " + e.getMessage());
      LOG.log(Level.FINE, "Schema migration failure", e);
      scheduler.schedule(this::migrate, RETRY_MILLIS, TimeUnit.MILLISECONDS);
      return;
    }
    try {
      schemaCurrent.fire(new SchemaCurrent());
    } catch (RuntimeException e) {
      // what follows the schema (demo data) must not make the schema look unmigrated
      LOG.log(Level.SEVERE, "A step after the schema migration failed", e);
    } finally {
      // ready only once what follows the schema (the demo data) is there too
      current = true;
    }
  }
}
