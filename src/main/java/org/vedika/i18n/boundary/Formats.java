package org.vedika.i18n.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.vedika.i18n.control.RelativeTime;
import org.vedika.problem.control.PlainText;

/** Page helpers: times in the reader's language, a citizen's plain text as safe HTML. */
@Named("fmt")
@RequestScoped
public class Formats {

  @Inject Language language;

  /** "៣ ថ្ងៃមុន" / "3 days ago"; older than a week, the date. */
  public String ago(Instant then) {
    return then == null ? "" : RelativeTime.ago(then, Instant.now(), language.getLocale());
  }

  /** Escaped text with line breaks and links to web addresses; never markup the author typed. */
  public String html(String plainText) {
    return plainText == null ? "" : PlainText.toHtml(plainText);
  }
}
