package org.vedika.problem.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vedika.i18n.control.PlainText;

/**
 * A block of a page rendered once for everyone, with its ages ("3 hours ago") left open: they are
 * put in as each request renders it, so a block kept for minutes still tells the time right.
 * Immutable; built with {@link #builder}.
 */
final class AgedHtml {

  private final String[] parts;
  private final Instant[] times;

  private AgedHtml(List<String> parts, List<Instant> times) {
    this.parts = parts.toArray(String[]::new);
    this.times = times.toArray(Instant[]::new);
  }

  /** The HTML with each age written by {@code ago}. */
  String render(Function<Instant, String> ago) {
    var html = new StringBuilder(length() + 32 * times.length);
    for (var i = 0; i < times.length; i++) {
      html.append(parts[i]).append(PlainText.escape(ago.apply(times[i])));
    }
    return html.append(parts[times.length]).toString();
  }

  /** The characters kept, for a cache's bound. */
  int length() {
    var length = 0;
    for (var part : parts) {
      length += part.length();
    }
    return length;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Appends markup, text (escaped) and ages, in page order. */
  static final class Builder {

    private final List<String> parts = new ArrayList<>();
    private final List<Instant> times = new ArrayList<>();
    private StringBuilder current = new StringBuilder(512);

    /** Markup written as it is: Vedika's own tags, or HTML already made safe. */
    Builder html(String markup) {
      current.append(markup);
      return this;
    }

    Builder html(long number) {
      current.append(number);
      return this;
    }

    /** Text, escaped for an element or a quoted attribute. */
    Builder text(String text) {
      current.append(PlainText.escape(text));
      return this;
    }

    /** An age in a {@code <time>} element, written per request. */
    Builder age(Instant time) {
      current.append("<time datetime=\"").append(time).append("\">");
      parts.add(current.toString());
      times.add(time);
      current = new StringBuilder(256).append("</time>");
      return this;
    }

    AgedHtml build() {
      var all = new ArrayList<>(parts);
      all.add(current.toString());
      return new AgedHtml(all, times);
    }
  }
}
