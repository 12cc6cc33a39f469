package org.vedika.i18n.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.vedika.i18n.control.PlainText;
import org.vedika.i18n.control.RelativeTime;

/** Page helpers: times in the reader's language, a citizen's plain text as safe HTML. */
@Named("fmt")
@RequestScoped
public class Formats {

  @Inject Language language;

  /** "៣ ថ្ងៃមុន" / "3 days ago"; older than a week, the date. */
  public String ago(Instant then) {
    return then == null ? "" : RelativeTime.ago(then, Instant.now(), language.getLocale());
  }

  /** "5 hours" / "៣ ថ្ងៃ": how long something took. */
  public String duration(java.time.Duration length) {
    return length == null ? "" : RelativeTime.duration(length, language.getLocale());
  }

  /** The time from one instant to another ("5 hours"), empty when either is missing. */
  public String between(Instant from, Instant to) {
    return from == null || to == null ? "" : duration(java.time.Duration.between(from, to));
  }

  /** "14 April 2026, 08:30" in Phnom Penh, in the reader's language and digits. */
  public String dateTime(Instant instant) {
    return instant == null ? "" : RelativeTime.dateTime(instant, language.getLocale());
  }

  /** "14 April 2026" / "១៤ មេសា ២០២៦": a day, in the reader's language and digits. */
  public String date(java.time.LocalDate day) {
    return day == null
        ? ""
        : RelativeTime.date(
            day.atStartOfDay(RelativeTime.PHNOM_PENH).toInstant(),
            RelativeTime.PHNOM_PENH,
            language.getLocale());
  }

  /** This moment (for "waiting for …"). */
  public Instant getNow() {
    return Instant.now();
  }

  /** "67%" / "៦៧%". */
  public String percent(double share) {
    return RelativeTime.percent(share, language.getLocale());
  }

  /** A count in the reader's digits. */
  public String number(long n) {
    return RelativeTime.number(n, language.getLocale());
  }

  /** Escaped text with line breaks and links to web addresses; never markup the author typed. */
  public String html(String plainText) {
    return plainText == null ? "" : PlainText.toHtml(plainText);
  }
}
