package org.vedika.place.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vedika.i18n.boundary.Language;

/**
 * A place's name for people, never its code: "ភូមិអំពិលផ្អែម · ឃុំរលាំងចក · ស្រុកសំរោងទង ·
 * ខេត្តកំពង់ស្ពឺ" — the place and its parents, in the reader's language ({@code
 * #{placeNames.path(code)}} on staff screens; {@link #path(String, Locale)} for a CSV in a chosen
 * language). Places come from the shared cache, and each is named once per request.
 */
@Named
@RequestScoped
public class PlaceNames {

  @Inject Places places;
  @Inject Language language;

  private final Map<String, String> named = new HashMap<>();

  /** The place and its parents in the reader's language; empty for none, the code if unknown. */
  public String path(String code) {
    return path(code, language.getLocale());
  }

  /** The place and its parents in this language. */
  public String path(String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return named.computeIfAbsent(
        code + "/" + locale.getLanguage(),
        key ->
            places
                .find(code)
                .map(
                    place ->
                        places.lineage(place).stream()
                            .map(p -> p.title(locale))
                            .collect(Collectors.joining(" · ")))
                .orElse(code));
  }
}
