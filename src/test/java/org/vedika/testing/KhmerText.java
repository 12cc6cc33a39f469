package org.vedika.testing;

import java.util.Locale;
import java.util.ResourceBundle;

/** What a page must show of a message in Khmer, for the tests that assert refusals through HTTP. */
public final class KhmerText {

  private static final ResourceBundle KM =
      ResourceBundle.getBundle("org.vedika.i18n.text", Locale.forLanguageTag("km"));

  private KhmerText() {}

  /**
   * The longest run of the Khmer message without its parameters: what the page must show. Named
   * {@code km("key")} at the call, as {@code RefusalCatalogueTest} reads the calls.
   */
  public static String km(String key) {
    var longest = "";
    for (var part : KM.getString(key).split("\\{\\d\\}")) {
      if (part.strip().length() > longest.length()) {
        longest = part.strip();
      }
    }
    return longest;
  }
}
