package org.vedika;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.vedika.api.boundary.RestConfiguration;
import org.vedika.open311.boundary.Open311Application;

/**
 * Each Jakarta REST application lists its classes (an application that lists none would serve every
 * resource of the WAR): every resource and provider of the code is listed by {@code /api}'s or
 * Open311's, a resource by one only.
 */
class RestApplicationsTest {

  @Test
  void everyResourceAndProviderIsListed() {
    var api = new RestConfiguration().getClasses();
    var open311 = new Open311Application().getClasses();
    var listed = new HashSet<Class<?>>(api);
    listed.addAll(open311);
    var annotated =
        ArchitectureTest.vedika().stream()
            .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class))
            .map(JavaClass::reflect)
            .toList();
    assertThat(listed).containsAll(annotated);
    assertThat(annotated).containsAll(listed);
    annotated.stream()
        .filter(c -> c.isAnnotationPresent(Path.class))
        .forEach(
            resource ->
                assertThat(api.contains(resource) && open311.contains(resource))
                    .as(resource + " in one application only")
                    .isFalse());
  }
}
