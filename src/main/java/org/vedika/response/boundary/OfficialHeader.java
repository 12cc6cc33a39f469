package org.vedika.response.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vedika.account.boundary.CurrentMember;

/** The header's inbox link for officials, with the count waiting for a first answer. */
@Named
@RequestScoped
public class OfficialHeader {

  @Inject CurrentMember me;
  @Inject Inbox inbox;

  private List<String> communes;
  private Long waiting;

  public boolean isOfficial() {
    return !communes().isEmpty();
  }

  /** Open problems with no official answer yet; 0 while the database does not answer. */
  public long getWaiting() {
    if (waiting == null) {
      try {
        waiting = inbox.waitingForFirstAnswer(communes());
      } catch (RuntimeException databaseDown) {
        waiting = 0L;
      }
    }
    return waiting;
  }

  private List<String> communes() {
    if (communes == null) {
      try {
        communes = me.communesAnswered();
      } catch (RuntimeException databaseDown) {
        communes = List.of();
      }
    }
    return communes;
  }
}
