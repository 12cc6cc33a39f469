package org.vedika.problem.boundary;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.vedika.FormToken;

/**
 * The forgery check of a stateless view's forms (the problem page's: {@code stateless="true"} in
 * the layout). A member's stateful view is protected by its view state, which another site cannot
 * know; a stateless view has none, so its forms carry the session's token ({@link FormToken}) and a
 * member's postback without it — a page kept open past its session, or a post built elsewhere — is
 * answered as a stale form is ({@link StaleForms}: its text kept, the page again, nothing acted
 * on), right after the view is restored and before any value is applied. A visitor's postback acts
 * on nothing (the actions send them to log in, {@link Drafts} keeps their text). Registered in
 * {@code faces-config.xml}.
 */
public class StatelessForms implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Inject FormToken token;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    var context = event.getFacesContext();
    var view = context.getViewRoot();
    if (!context.isPostback()
        || view == null
        || !view.isTransient()
        || context.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
      return; // not a stateless view's form, or one whose view could not be restored (StaleForms)
    }
    var request = (HttpServletRequest) context.getExternalContext().getRequest();
    if (request.getRemoteUser() == null) {
      return;
    }
    if (request.getSession(false) == null || !token.matches(request)) {
      StaleForms.sendBack(context);
    }
  }

  /**
   * What was typed survives a failed validation on a stateless view: Mojarra renders such a view's
   * inputs from their values, not from what was sent (measured: a too-short reply came back empty),
   * so right before the page is written each input gets back what the form sent for it. Registered
   * in {@code faces-config.xml} for {@code PreRenderViewEvent}.
   */
  public static class KeepTyped implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
      var context = FacesContext.getCurrentInstance();
      var view = context.getViewRoot();
      if (!context.isPostback() || !context.isValidationFailed() || !view.isTransient()) {
        return;
      }
      var sent = context.getExternalContext().getRequestParameterMap();
      view.visitTree(
          VisitContext.createVisitContext(context),
          (visit, component) -> {
            if (component instanceof EditableValueHolder input
                && input.getSubmittedValue() == null) {
              var typed = sent.get(component.getClientId(context));
              if (typed != null) {
                input.setSubmittedValue(typed);
              }
            }
            return VisitResult.ACCEPT;
          });
    }
  }
}
