package org.vedika.open311.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.vedika.ApiParameters;

/**
 * Open311 GeoReport v2 under {@code /open311/v2}: an application of its own, since the standard
 * fixes the path (Vedika's own API is {@code /api}); each lists its classes so neither serves the
 * other's resources.
 */
@ApplicationPath("open311/v2")
public class Open311Application extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(Open311Resource.class, Open311Errors.class, ApiParameters.class);
  }
}
