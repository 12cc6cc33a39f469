package org.vedika;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Open data as JSON under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vedika open data",
            version = "1",
            description = "Places, published problems and rankings of Vedika, as JSON",
            license = @License(name = "Gazetteer: MIT (Pumi, data from the NCDD gazetteer)")))
public class RestConfiguration extends Application {}
