package org.vedika.i18n.control;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;

/**
 * A bundle pattern filled in, the one way every visible sentence with numbers is written: ICU's
 * message format, so English says "1 reply" and "2 replies" ({@code {0, plural, one {# reply} other
 * {# replies}}}: CLDR's plural rules; Khmer has one form), and every number takes the language's
 * digits and grouping — Khmer digits in Khmer, as the ages and dates have them ({@link
 * RelativeTime#formattingLocale}). Faces' {@code h:outputFormat} writes through it too ({@code
 * i18n.boundary.MessageFormatRenderer}). A count goes in as a number, not as text, or it gets
 * neither its plural nor its digits.
 */
public final class MessageText {

  private MessageText() {}

  /** The pattern with its arguments, in the language's plural forms and digits. */
  public static String format(String pattern, Locale language, Object... arguments) {
    return new MessageFormat(pattern, RelativeTime.formattingLocale(language)).format(arguments);
  }
}
