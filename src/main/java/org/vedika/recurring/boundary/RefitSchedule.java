package org.vedika.recurring.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.schema.boundary.SchemaMigration.SchemaCurrent;

/**
 * Refits the grouping model every {@code vedika.grouping.refit-hours} (24; 0: never) on curators'
 * decisions ({@link SimilarityModels#refitIfDue}). Every node looks every ten minutes whether a
 * refit is due; the database says when the last one ran, and a named lock lets one node run it.
 */
@ApplicationScoped
public class RefitSchedule {

  private static final Logger LOG = Logger.getLogger(RefitSchedule.class.getName());

  static final long LOOK_EVERY_MINUTES = 10;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SimilarityModels models;

  @Inject
  @ConfigProperty(name = "vedika.grouping.refit-hours", defaultValue = "24")
  int refitHours;

  private ScheduledFuture<?> task;

  void start(@Observes SchemaCurrent current) {
    if (task == null && refitHours > 0) {
      task =
          scheduler.scheduleWithFixedDelay(
              this::lookQuietly, LOOK_EVERY_MINUTES, LOOK_EVERY_MINUTES, TimeUnit.MINUTES);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void lookQuietly() {
    try {
      models.refitIfDue(refitHours);
    } catch (RuntimeException e) {
      // the next look tries again
      LOG.log(Level.WARNING, "Grouping model refit failed: " + e, e);
    }
  }
}
