package org.vedika.problem.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vedika.LocalPath;
import org.vedika.schema.control.DatabaseFailures;

/**
 * A form sent with a view state that no longer fits — the page was open too long, the server
 * restarted, or the request was forged — is answered with the page again (303 to a GET of it), not
 * an error page: what was typed is kept as a draft the page shows again with a message, and a form
 * without text gets a "please try again" line ({@code ?stale=1}). Nothing in such a request is
 * acted on. Only form posts (a page read never loops back to itself), and never a database failure
 * (that is the health feature's {@code DatabaseTrouble}'s, or the error page's). Registered in
 * {@code faces-config.xml}.
 */
public class StaleForms extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(StaleForms.class.getName());

  public StaleForms(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    var context = FacesContext.getCurrentInstance();
    var events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      var event = events.next();
      var failure = event.getContext().getException();
      if (context != null
          && !context.getResponseComplete()
          && posted(context)
          && (event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW || expired(failure))
          && !DatabaseFailures.isDatabaseFailure(failure)) {
        LOG.log(
            Level.FINE, "A form whose view could not be restored; the page is sent again", failure);
        events.remove();
        sendBack(context);
      }
    }
    super.handle();
  }

  private static boolean posted(FacesContext context) {
    return "POST"
        .equals(((HttpServletRequest) context.getExternalContext().getRequest()).getMethod());
  }

  private static boolean expired(Throwable failure) {
    for (var cause = failure;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  /** Answers the post with its page again, its text kept as a draft; nothing is acted on. */
  static void sendBack(FacesContext context) {
    var request = (HttpServletRequest) context.getExternalContext().getRequest();
    var response = (HttpServletResponse) context.getExternalContext().getResponse();
    var back = Drafts.keep(request, "draft.stale").orElseGet(() -> withStale(page(request)));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + back);
    context.responseComplete();
  }

  /** The page the form was on: the Referer's path on this site, else the address posted to. */
  private static String page(HttpServletRequest request) {
    var referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        var uri = URI.create(referer);
        if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
          var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
          var context = request.getContextPath();
          return LocalPath.orHome(
              !context.isEmpty() && path.startsWith(context)
                  ? path.substring(context.length())
                  : path);
        }
      } catch (IllegalArgumentException notAUri) {
        // fall through to the address posted to
      }
    }
    var path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return LocalPath.orHome(
        path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
  }

  private static String withStale(String path) {
    return path + (path.contains("?") ? "&" : "?") + "stale=1";
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new StaleForms(getWrapped().getExceptionHandler());
    }
  }
}
