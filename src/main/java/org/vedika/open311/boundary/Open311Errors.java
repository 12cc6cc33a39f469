package org.vedika.open311.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** GeoReport v2's error answer: the status, and a list of {@code {code, description}}. */
@Provider
public class Open311Errors implements ExceptionMapper<WebApplicationException> {

  /** One error as GeoReport v2 writes it. */
  public record Error(int code, String description) {}

  @Override
  public Response toResponse(WebApplicationException e) {
    var status = e.getResponse().getStatus();
    var description =
        e.getMessage() == null ? e.getResponse().getStatusInfo().getReasonPhrase() : e.getMessage();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(List.of(new Error(status, description)))
        .build();
  }
}
