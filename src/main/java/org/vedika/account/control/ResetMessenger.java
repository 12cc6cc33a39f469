package org.vedika.account.control;

import java.util.Locale;
import org.vedika.account.entity.Member;

/**
 * How a password reset's link reaches a member who asked for it themselves: the one seam for the
 * channels. E-mail is the one built ({@code account.boundary.EmailResetMessenger}); an SMS gateway
 * would be a second implementation of this interface (reaching members whose login is a phone
 * number, sending the {@code /reset} link or a code), chosen by configuration — see
 * docs/features.md, "Password reset". Members no channel reaches get a code from an admin, an
 * official or a trainer.
 */
public interface ResetMessenger {

  /** Whether this channel reaches the member (an e-mail address; a phone for SMS). */
  boolean reaches(Member member);

  /**
   * Sends the link to set a new password (called after the reset committed, off the request's
   * thread: how long it takes tells nobody whether the account exists).
   *
   * @param link the whole address of {@code /reset?token=…}
   * @param language the member's language
   */
  void send(Member member, String link, Locale language) throws Exception;
}
