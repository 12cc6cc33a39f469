package org.vedika.account.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A login as typed — a Cambodian phone number in any usual shape, Khmer digits included, or an
 * e-mail address — in the one form it is stored: {@code 012345678} or {@code name@example.org}.
 */
public final class LoginName {

  private static final Pattern LOCAL_PHONE = Pattern.compile("0[1-9][0-9]{7,8}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+", Pattern.UNICODE_CHARACTER_CLASS);

  private LoginName() {}

  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > 254) {
      return Optional.empty();
    }
    var text = typed.strip();
    if (text.contains("@")) {
      var email = text.toLowerCase(Locale.ROOT);
      return EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }
    var digits = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '០' && c <= '៩') {
        digits.append((char) ('0' + (c - '០')));
      } else if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && i == 0) {
        continue;
      } else if (" -.()".indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    var number = digits.toString();
    if (number.startsWith("855")) {
      number = "0" + number.substring(3);
    }
    return LOCAL_PHONE.matcher(number).matches() ? Optional.of(number) : Optional.empty();
  }
}
