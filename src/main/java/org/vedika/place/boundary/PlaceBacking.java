package org.vedika.place.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.vedika.place.entity.Place;

/**
 * The home page (Cambodia: its provinces) and {@code /place/{code}}: a place, the way down to it
 * and the places beneath it.
 */
@Named
@RequestScoped
public class PlaceBacking {

  @Inject Places places;

  private String code;
  private Place place;
  private List<Place> ancestors = List.of();
  private List<Place> children = List.of();
  private Map<String, Long> childCounts = Map.of();

  /** View action of the place page: 404 for a code that is not in the gazetteer. */
  public void load() throws IOException {
    place = places.find(code).orElse(null);
    if (place == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such place");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    ancestors = places.ancestors(place);
    children = places.children(code);
    childCounts = places.childCounts(children);
  }

  /** View action of the home page: the whole country. */
  public void loadCountry() {
    children = places.provinces();
    childCounts = places.childCounts(children);
  }

  /** How many places lie directly beneath a child (0 for a village). */
  public long countBeneath(Place child) {
    return childCounts.getOrDefault(child.getCode(), 0L);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Place getPlace() {
    return place;
  }

  public List<Place> getAncestors() {
    return ancestors;
  }

  public List<Place> getChildren() {
    return children;
  }
}
