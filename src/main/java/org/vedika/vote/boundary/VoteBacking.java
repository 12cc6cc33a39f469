package org.vedika.vote.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.vedika.Pages;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;

/**
 * The vote buttons of {@code /problem/{id}}, as the page shows them: whether the member voted, and
 * why a vote was refused. The buttons post to {@link VoteServlet}; the raise page's "this affects
 * me too" ({@link #castOn}) is a Faces action.
 */
@Named
@RequestScoped
public class VoteBacking {

  @Inject Votes votes;
  @Inject VoteReads reads;
  @Inject CurrentMember me;
  @Inject Messages messages;

  private Boolean voted;

  private String refusal;

  /**
   * Why the member's last vote on this problem was refused ({@link VoteServlet}, without
   * JavaScript), shown once; null when nothing was refused.
   */
  public String getRefusal() {
    if (refusal == null && me.isLoggedIn()) {
      var request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      var session = request.getSession(false);
      if (session != null) {
        refusal = (String) session.getAttribute(VoteServlet.REFUSED);
        session.removeAttribute(VoteServlet.REFUSED);
      }
    }
    return refusal;
  }

  /**
   * "This affects me too" on a problem like the one being raised ({@code /raise}): vote for it and
   * open it instead of raising a copy. A refusal is shown on the raise page, its form as typed.
   */
  public void castOn(long problemId) throws IOException {
    if (!me.isLoggedIn()) {
      return;
    }
    try {
      votes.cast(me.getId(), problemId);
    } catch (Refusal refused) {
      messages.refused(refused);
      return;
    }
    Pages.redirect("/problem/" + problemId);
  }

  /** Whether the reader voted on this page's problem (read once per request). */
  public boolean isVoted() {
    if (voted == null) {
      var problemId = problemId();
      voted = me.isLoggedIn() && problemId != null && reads.hasVoted(me.getId(), problemId);
    }
    return voted;
  }

  private Long problemId() {
    try {
      // read with OmniFaces' Faces utility, not @Param, on the most read page (see ProblemBacking):
      // /problem/42 forwards id=42, its forms post it back
      var id = Faces.getRequestParameter("id");
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }
}
