package org.vedika.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.vedika.ApiErrors;
import org.vedika.ApiParameters;
import org.vedika.ApiSchemes;
import org.vedika.account.boundary.ApiTokenFilter;
import org.vedika.dashboard.boundary.DashboardResource;
import org.vedika.place.boundary.PlacesResource;
import org.vedika.problem.boundary.ProblemsResource;
import org.vedika.response.boundary.ResponseTimesResource;

/** Open data as JSON under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vedika open data",
            version = "1",
            description = "Places, published problems and rankings of Vedika, as JSON",
            license =
                @License(
                    name = "Gazetteer: MIT (Pumi, data from the NCDD gazetteer)",
                    url = "https://opensource.org/license/mit")))
@SecurityScheme(
    securitySchemeName = ApiSchemes.TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "A personal API token, made on a policymaker's or admin's profile page: "
            + "Authorization: Bearer vdk_...")
@SecurityScheme(
    securitySchemeName = ApiSchemes.SESSION,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "JSESSIONID",
    description = "The session of a member logged in at /login (what the dashboard page uses)")
public class RestConfiguration extends Application {

  /**
   * The API's resources and providers, listed: Open311 is an application of its own (its path is
   * fixed by the standard), and an application that lists nothing would serve every resource of the
   * WAR, Open311's too. {@code RestApplicationsTest} keeps both lists whole.
   */
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        PlacesResource.class,
        ProblemsResource.class,
        ResponseTimesResource.class,
        DashboardResource.class,
        ApiErrors.Expected.class,
        ApiErrors.Unexpected.class,
        ApiParameters.class,
        ApiTokenFilter.class);
  }
}
