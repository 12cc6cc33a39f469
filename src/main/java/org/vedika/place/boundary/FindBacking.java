package org.vedika.place.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.vedika.i18n.boundary.Language;
import org.vedika.place.entity.Place;

/**
 * The place finder: suggestions as the reader types a Khmer or Latin name, a results page ({@code
 * /find?q=…}) for the search button and for phones without JavaScript.
 */
@Named
@RequestScoped
public class FindBacking {

  @Inject Places places;
  @Inject Language language;

  /** What was typed, or the code of the chosen suggestion. */
  private String text;

  private List<Place> found = List.of();

  /** View action of {@code /find}: the matches, or the place itself when exactly one matches. */
  public void loadResults() throws IOException {
    found = places.findByName(text);
    if (found.size() == 1) {
      redirect("/place/" + found.get(0).getCode());
    }
  }

  /** "ឃុំរលាំងចក · ស្រុកសំរោងទង · ខេត្តកំពង់ស្ពឺ": names repeat, so a match shows its parents. */
  public String label(Object item) {
    if (!(item instanceof Place place)) {
      return item == null ? "" : item.toString();
    }
    var chain = new ArrayList<Place>(places.ancestors(place));
    chain.add(place);
    Collections.reverse(chain);
    return chain.stream()
        .map(p -> p.title(language.getLocale()))
        .collect(Collectors.joining(" · "));
  }

  private static void redirect(String path) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<Place> getFound() {
    return found;
  }

  public boolean isSearched() {
    return text != null && !text.isBlank();
  }
}
