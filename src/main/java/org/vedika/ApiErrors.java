package org.vedika;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every API failure is a small JSON body with its status; never a stack trace. */
public final class ApiErrors {

  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  private ApiErrors() {}

  /** The body of every API error. */
  @JsonbPropertyOrder({"status", "error", "message"})
  public record ApiError(int status, String error, String message) {}

  static Response json(Response.StatusType status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
        .build();
  }

  /** 4xx and deliberate 5xx: the status and message the resource chose. */
  @Provider
  public static class Expected implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      var status = e.getResponse().getStatusInfo();
      var message = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
      var response = json(status, message);
      e.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                  response.getHeaders().put(name, values);
                }
              });
      return response;
    }
  }

  /** Anything else is logged here and answered with a bare 500. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception e) {
      LOG.log(Level.SEVERE, "API request failed", e);
      return json(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }
  }
}
