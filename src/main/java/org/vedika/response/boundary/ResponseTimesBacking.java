package org.vedika.response.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vedika.place.boundary.PlaceBacking;
import org.vedika.place.entity.PlaceLevel;

/** The response figures shown on a commune, district or province page (at most a minute old). */
@Named
@RequestScoped
public class ResponseTimesBacking {

  @Inject RecentFigures recentFigures;
  @Inject PlaceBacking page;

  private ResponseTimes.Figures figures;

  /** The figures of the page's place; null for a village (officials answer for communes). */
  public ResponseTimes.Figures getFigures() {
    var place = page.getPlace();
    if (figures == null && place != null && place.getLevel() != PlaceLevel.VILLAGE) {
      figures = recentFigures.of(place);
    }
    return figures;
  }
}
