package org.vedika.recurring.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;

/**
 * {@code /recurring-suggestions}: the groupings Vedika suggests for problems in the curator's
 * places, most similar first; each confirmed (the problem joins the group, or both problems form a
 * new one to be named) or rejected (never suggested again). Moderators, policymakers and admins.
 */
@Named
@ViewScoped
public class RecurringSuggestionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Grouping grouping;
  @Inject CurrentMember me;
  @Inject Messages messages;
  @Inject SimilarityModels models;

  private final Rows rows = new Rows();

  /** Read once per view (the page names them ten times); a relearn reads them again. */
  private transient org.vedika.recurring.control.SimilarityModel model;

  private transient java.util.Optional<SimilarityModels.Refit> lastRefit;

  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    } else if (!grouping.isCurator(me.getId())) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Curators only");
      context.responseComplete();
    }
  }

  public String confirm(long suggestionId) {
    try {
      var group = grouping.confirm(me.get().orElseThrow(), suggestionId);
      messages.info(null, "recurring.confirmed", group.getId());
    } catch (Refusal refusal) {
      messages.error(null, refusal.bundleKey());
    }
    return null;
  }

  public String reject(long suggestionId) {
    try {
      grouping.reject(me.get().orElseThrow(), suggestionId);
      messages.info(null, "recurring.rejected");
    } catch (Refusal refusal) {
      messages.error(null, refusal.bundleKey());
    }
    return null;
  }

  /** An admin's refit of the grouping model on curators' decisions, now. */
  public String refit() {
    model = null;
    lastRefit = null;
    try {
      models
          .refitNow(me.get().orElseThrow())
          .ifPresentOrElse(
              refit ->
                  messages.info(
                      null,
                      refit.adopted()
                          ? "recurring.model.refit.adopted"
                          : refit.refitPrecision() == null
                              ? "recurring.model.refit.tooFew"
                              : "recurring.model.refit.kept",
                      refit.labels()),
              () -> messages.info(null, "recurring.model.refit.running"));
    } catch (Refusal refusal) {
      messages.error(null, refusal.bundleKey());
    }
    return null;
  }

  /** The grouping model in use. */
  public org.vedika.recurring.control.SimilarityModel getModel() {
    if (model == null) {
      model = models.current();
    }
    return model;
  }

  /** The newest refit, if any. */
  public SimilarityModels.Refit getLastRefit() {
    if (lastRefit == null) {
      lastRefit = models.history(1).stream().findFirst();
    }
    return lastRefit.orElse(null);
  }

  public LazyDataModel<Grouping.Suggestion> getRows() {
    return rows;
  }

  public String percent(double similarity) {
    return Math.round(similarity * 100) + "%";
  }

  private class Rows extends LazyDataModel<Grouping.Suggestion> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return me.isLoggedIn() ? grouping.countOpenSuggestions(me.getId()) : 0;
    }

    @Override
    public List<Grouping.Suggestion> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return me.isLoggedIn() ? grouping.openSuggestions(me.getId(), first, pageSize) : List.of();
    }

    @Override
    public String getRowKey(Grouping.Suggestion suggestion) {
      return Long.toString(suggestion.id());
    }
  }
}
