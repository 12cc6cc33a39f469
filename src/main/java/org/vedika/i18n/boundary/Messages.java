package org.vedika.i18n.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** Faces messages in the reader's language, from the bundle. */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "org.vedika.i18n.text";

  @Inject Language language;
  @Inject org.eclipse.microprofile.metrics.MetricRegistry metrics;

  public String text(String key, Object... arguments) {
    var pattern = ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
    return arguments.length == 0
        ? pattern
        : org.vedika.i18n.control.MessageText.format(pattern, language.getLocale(), arguments);
  }

  /** An error for a component (client id) or, with null, for the whole form. */
  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /**
   * Why a request was refused, for the whole form (whose text stays as typed); counted for the
   * operators by kind ({@code vedika_refusals_total{kind="limit.reply"}}).
   */
  public void refused(org.vedika.Refusal refusal) {
    metrics
        .counter(
            "vedika.refusals",
            new org.eclipse.microprofile.metrics.Tag("kind", refusal.bundleKey()))
        .inc();
    error(null, refusal.bundleKey(), refusal.arguments());
  }

  public void info(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    var text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
