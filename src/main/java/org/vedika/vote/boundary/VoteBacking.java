package org.vedika.vote.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.vedika.Pages;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;

/**
 * The vote buttons of {@code /problem/{id}}: plain posts that redirect back (they work without
 * JavaScript). The problem's id comes with the form ({@code id}).
 */
@Named
@RequestScoped
public class VoteBacking {

  @Inject Votes votes;
  @Inject VoteReads reads;
  @Inject CurrentMember me;
  @Inject Messages messages;

  private Boolean voted;

  public void cast() throws IOException {
    act(true);
  }

  public void retract() throws IOException {
    act(false);
  }

  private void act(boolean cast) throws IOException {
    var problemId = problemId();
    if (problemId == null) {
      return;
    }
    if (!me.isLoggedIn()) {
      Pages.logInFirst("/problem/" + problemId);
      return;
    }
    try {
      if (cast) {
        votes.cast(me.getId(), problemId);
      } else {
        votes.retract(me.getId(), problemId);
      }
    } catch (Refusal refused) {
      messages.refused(refused);
      return;
    }
    Pages.redirect("/problem/" + problemId);
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
