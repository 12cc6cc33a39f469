package org.vedika.health.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vedika.i18n.boundary.Messages;
import org.vedika.schema.control.DatabaseFailures;

/**
 * When a form's action fails because MariaDB does not answer, the reader gets the same page back
 * with what they typed still in it, a message in their language and HTTP 503, instead of an error
 * page that throws their text away. Registered in {@code faces-config.xml}; other failures go on to
 * the error page as before.
 */
public class DatabaseTrouble extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(DatabaseTrouble.class.getName());

  public DatabaseTrouble(ExceptionHandler wrapped) {
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
          && event.getContext().getPhaseId() == PhaseId.INVOKE_APPLICATION
          && DatabaseFailures.isDatabaseFailure(failure)) {
        LOG.log(
            Level.WARNING,
            "Database failure during a form action; the form is shown again",
            failure);
        events.remove();
        CDI.current().select(Messages.class).get().error(null, "database.unavailable");
        context.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        context.validationFailed();
      }
    }
    super.handle();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DatabaseTrouble(getWrapped().getExceptionHandler());
    }
  }
}
