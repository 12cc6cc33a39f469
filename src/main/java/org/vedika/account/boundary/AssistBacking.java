package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.vedika.Refusal;
import org.vedika.account.control.LoginName;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.Place;

/**
 * {@code /assist}: an admin, or an official or trainer, helps a member who cannot reach their
 * account (no e-mail, password forgotten): finds them by phone number ({@code ?login=…}, or {@code
 * ?member=ID} from the admin page), checks who they are against the name and village shown, and
 * hands them a one-time code for {@code /reset} ({@link PasswordResets#issueCode}: shown once,
 * audited). Officials and trainers only for plain citizens of their places.
 */
@Named
@RequestScoped
public class AssistBacking {

  @Inject PasswordResets resets;
  @Inject Members members;
  @Inject Places places;
  @Inject CurrentMember me;
  @Inject Messages messages;

  private String login;
  private String memberId;
  private Member member;
  private boolean looked;

  /** Whether {@link #find} ran: the form's rendering asks for the member on a postback too. */
  private boolean searched;

  private String code;

  /** View action: staff who may assist somewhere; the member asked for, when theirs to help. */
  public void load() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    if (!isStaff()) {
      var faces = FacesContext.getCurrentInstance();
      faces
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_FORBIDDEN, "Admins, officials, trainers");
      faces.responseComplete();
      return;
    }
    find();
  }

  private void find() {
    searched = true;
    if (memberId == null) {
      // the form posts the member back (view parameters are not decoded on a postback)
      memberId = org.omnifaces.util.Faces.getRequestParameter("member");
    }
    Member found = null;
    if (memberId != null && !memberId.isBlank()) {
      looked = true;
      try {
        found = members.find(Long.parseLong(memberId.strip())).orElse(null);
      } catch (NumberFormatException notANumber) {
        found = null;
      }
    } else if (login != null && !login.isBlank()) {
      looked = true;
      found = LoginName.normalise(login).flatMap(members::findByLogin).orElse(null);
    }
    // a member outside the staff member's places is not shown: the same answer as nobody
    member = found != null && me.isLoggedIn() && resets.mayAssist(me.getId(), found) ? found : null;
  }

  /** Issues the code, shown once on this answer. */
  public void issue() throws IOException {
    if (!isStaff()) {
      load();
      return;
    }
    if (getMember() == null) {
      messages.error(null, "assist.notYours");
      return;
    }
    try {
      code = resets.issueCode(me.getId(), getMember().getId());
    } catch (Refusal refused) {
      messages.refused(refused);
    }
  }

  private boolean isStaff() {
    return me.has(Role.ADMIN) || me.has(Role.OFFICIAL) || me.has(Role.TRAINER);
  }

  /** The member's village and the places above it, for checking who they are. */
  public List<Place> getVillagePath() {
    if (getMember() == null) {
      return List.of();
    }
    var village = places.find(member.getHomeVillage()).orElse(null);
    if (village == null) {
      return List.of();
    }
    var chain = new java.util.ArrayList<>(places.ancestors(village));
    chain.add(village);
    return chain;
  }

  public boolean isLooked() {
    return looked;
  }

  public Member getMember() {
    if (!searched) {
      find();
    }
    return member;
  }

  public String getCode() {
    return code;
  }

  /** The code as it is read out: two groups of four digits. */
  public String getCodeShown() {
    return code == null ? null : code.substring(0, 4) + " " + code.substring(4);
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }
}
