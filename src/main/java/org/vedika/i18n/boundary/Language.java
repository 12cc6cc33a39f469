package org.vedika.i18n.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/** The language of this request: the reader's remembered choice, else Khmer. */
@Named
@RequestScoped
public class Language {

  public static final String COOKIE = "lang";
  public static final Locale KHMER = Locale.forLanguageTag("km");
  public static final Locale ENGLISH = Locale.ENGLISH;

  @Inject HttpServletRequest request;

  private Locale locale;

  @PostConstruct
  void init() {
    locale = of(request);
  }

  /**
   * The language of a request: the reader's remembered choice, else Khmer. Also for a filter that
   * runs before any bean (the page cache keeps one copy of a page per language).
   */
  public static Locale of(HttpServletRequest request) {
    return Optional.ofNullable(Servlets.getRequestCookie(request, COOKIE))
        .flatMap(Language::supported)
        .orElse(KHMER);
  }

  /** The supported locale for a language tag ({@code km} or {@code en}), if it is one. */
  public static Optional<Locale> supported(String tag) {
    if ("km".equals(tag)) {
      return Optional.of(KHMER);
    }
    if ("en".equals(tag)) {
      return Optional.of(ENGLISH);
    }
    return Optional.empty();
  }

  public Locale getLocale() {
    return locale;
  }

  /** {@code km} or {@code en}, for {@code <html lang>}. */
  public String getTag() {
    return locale.getLanguage();
  }

  public boolean isKhmer() {
    return KHMER.getLanguage().equals(locale.getLanguage());
  }

  /**
   * The page being read, as a path inside Vedika with its query, so the language switch comes back
   * to it. A forwarded request ({@code /place/05} served by {@code /place.xhtml}) names the path
   * the reader asked for.
   */
  public String getCurrentPath() {
    var forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    var uri = forwarded != null ? forwarded : request.getRequestURI();
    var query =
        forwarded != null
            ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    var path = uri.substring(request.getContextPath().length());
    return query == null ? path : path + "?" + query;
  }

  /** {@link #getCurrentPath()} encoded for a {@code next=} parameter. */
  public String getCurrentPathEncoded() {
    return URLEncoder.encode(getCurrentPath(), StandardCharsets.UTF_8);
  }

  /** The link that switches to the other language and comes back to this page. */
  public String getSwitchUrl() {
    return request.getContextPath()
        + "/language?to="
        + getOther()
        + "&next="
        + getCurrentPathEncoded();
  }

  /** The tag of the language one would switch to. */
  public String getOther() {
    return isKhmer() ? "en" : "km";
  }
}
