package org.vedika.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.ResourceBundle;
import org.vedika.account.control.ResetMessenger;
import org.vedika.account.entity.Member;
import org.vedika.i18n.boundary.Messages;
import org.vedika.i18n.control.MessageText;
import org.vedika.mail.control.Mailer;

/**
 * A reset's link by e-mail, in the member's language: members with an address, when mail is set up.
 */
@ApplicationScoped
public class EmailResetMessenger implements ResetMessenger {

  @Inject Mailer mailer;

  @Override
  public boolean reaches(Member member) {
    return mailer.isConfigured() && member.getEmail() != null && !member.getEmail().isBlank();
  }

  @Override
  public void send(Member member, String link, Locale language) throws Exception {
    var text = ResourceBundle.getBundle(Messages.BUNDLE, language);
    mailer.send(
        member.getEmail(),
        text.getString("reset.mail.subject"),
        MessageText.format(
            text.getString("reset.mail.body"), language, member.getDisplayName(), link));
  }
}
