package org.vedika.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.notification.entity.Notification;

/** The header's unread count and {@code /notifications}. */
@Named
@RequestScoped
public class NotificationsBacking {

  @Inject Notifications notifications;
  @Inject NotificationReads reads;
  @Inject CurrentMember me;

  private Long unread;
  private List<Notification> items;

  public long getUnread() {
    if (unread == null) {
      try {
        unread = me.isLoggedIn() ? reads.unread(me.getId()) : 0L;
      } catch (RuntimeException databaseDown) {
        unread = 0L; // the header still renders while the database does not answer
      }
    }
    return unread;
  }

  /** View action: members only. */
  public void load() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    }
  }

  public List<Notification> getItems() {
    if (items == null) {
      items = me.isLoggedIn() ? notifications.inbox(me.getId()) : List.of();
    }
    return items;
  }

  public void readAll() throws IOException {
    if (me.isLoggedIn()) {
      notifications.readAll(me.getId());
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/notifications");
  }
}
