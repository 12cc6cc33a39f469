package org.vedika.notification.control;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words of a notification e-mail, in the recipient's language, from the page bundle. */
public final class EmailText {

  static final String BUNDLE = "org.vedika.i18n.text";

  /** One e-mail to send. */
  public record Email(String to, String subject, String body) {}

  /** What happened, for the words: an official answer (its text) or a status change (its note). */
  public record Event(
      boolean officialAnswer,
      String actor,
      long problemId,
      String problemTitle,
      String statusKey,
      String text) {}

  private EmailText() {}

  /** The e-mail telling {@code to}, who reads {@code language}, of {@code event}. */
  public static Email compose(String to, String language, Event event, String publicUrl) {
    var locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("km");
    var bundle = ResourceBundle.getBundle(BUNDLE, locale);
    var kind = event.officialAnswer() ? "OFFICIAL_ANSWER" : "STATUS";
    var base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    var link = base + "/problem/" + event.problemId();
    var status =
        event.statusKey() == null ? "" : bundle.getString("ProblemStatus." + event.statusKey());
    var subject =
        format(bundle.getString("mail.subject." + kind), locale, event.problemTitle(), status);
    var body =
        format(
                bundle.getString("mail.body." + kind),
                locale,
                event.actor(),
                event.problemTitle(),
                event.officialAnswer() ? event.text() : status,
                link,
                event.officialAnswer() || event.text() == null ? "" : "\n" + event.text() + "\n")
            + format(bundle.getString("mail.footer"), locale, base + "/profile");
    return new Email(to, subject, body);
  }

  private static String format(String pattern, Locale locale, Object... arguments) {
    return org.vedika.i18n.control.MessageText.format(pattern, locale, arguments);
  }
}
