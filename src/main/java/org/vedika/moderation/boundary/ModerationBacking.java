package org.vedika.moderation.boundary;

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
import org.vedika.account.boundary.CurrentMember;
import org.vedika.moderation.entity.Reason;

/**
 * {@code /moderation}: the review queue of a moderator's places, in a PrimeFaces lazy table (most
 * distinct reporters first, then the oldest), narrowed by reason. Each row opens its review page.
 */
@Named
@ViewScoped
public class ModerationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Moderation moderation;
  @Inject CurrentMember me;

  private Reason reason;
  private final Rows rows = new Rows();

  /** View action: moderators and admins only (checked on the server). */
  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    } else if (!me.isModerator()) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Moderators only");
      context.responseComplete();
    }
  }

  public LazyDataModel<Moderation.QueueItem> getRows() {
    return rows;
  }

  public Reason[] getReasons() {
    return Reason.values();
  }

  public Reason getReason() {
    return reason;
  }

  public void setReason(Reason reason) {
    this.reason = reason;
  }

  private class Rows extends LazyDataModel<Moderation.QueueItem> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return me.isLoggedIn() ? moderation.queueSize(me.getId(), reason) : 0;
    }

    @Override
    public List<Moderation.QueueItem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return me.isLoggedIn() ? moderation.queue(me.getId(), reason, first, pageSize) : List.of();
    }

    @Override
    public String getRowKey(Moderation.QueueItem item) {
      return item.problemId() + "-" + item.replyId();
    }
  }
}
