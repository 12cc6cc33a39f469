package org.vedika.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.moderation.entity.Action;

/**
 * {@code /moderation-log?action=…&page=…}: the append-only audit log of the moderator's places (an
 * admin's: everywhere), newest first, filterable by action; plain GET links, bookmarkable.
 */
@Named
@RequestScoped
public class ModerationLogBacking {

  public static final int PAGE_SIZE = 50;

  @Inject Moderation moderation;
  @Inject CurrentMember me;

  private String action;
  private int page;
  private List<Moderation.Entry> entries;

  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    } else if (!me.isModerator()) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Moderators and admins only");
      context.responseComplete();
    }
  }

  public List<Moderation.Entry> getEntries() {
    if (entries == null) {
      var filter =
          action == null
              ? null
              : java.util.Arrays.stream(Action.values())
                  .filter(a -> a.name().equals(action))
                  .findFirst()
                  .orElse(null);
      entries =
          me.isLoggedIn()
              ? moderation.log(me.getId(), filter, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE)
              : List.of();
    }
    return entries;
  }

  /** A full page: older entries may follow. */
  public boolean isOlder() {
    return getEntries().size() == PAGE_SIZE;
  }

  public Action[] getActions() {
    return Action.values();
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action == null || action.isBlank() ? null : action;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
