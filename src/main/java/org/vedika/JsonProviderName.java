package org.vedika;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Names JSON-P's provider (Parsson, which Payara ships) in the system property {@value #PROPERTY}
 * when the application starts, unless the JVM was given one. Without it every {@code
 * Json.create…()} call looks the provider up with a {@code ServiceLoader}, which scans every jar of
 * the application — Payara's MicroProfile Health does that on each {@code /health/live}: 1,500
 * answers a second on this machine, 5,100 with the provider named (docs/benchmarks.md). Set here
 * rather than as a {@code -D} flag so every way of starting Vedika (the run command, the tests, the
 * container, a bare {@code java -jar payara-micro.jar}) gets it.
 */
@ApplicationScoped
public class JsonProviderName {

  static final String PROPERTY = "jakarta.json.provider";
  static final String PARSSON = "org.eclipse.parsson.JsonProviderImpl";

  void name(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, PARSSON);
    }
  }
}
