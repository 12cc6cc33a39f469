package org.vedika.guide.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/** The guides a search on {@code /search} finds, asked once per request however often shown. */
@Named
@RequestScoped
public class GuideSearch {

  @Inject GuideLinks links;

  private String query;
  private List<GuideLinks.Link> found;

  public List<GuideLinks.Link> of(String q) {
    if (found == null || !Objects.equals(query, q)) {
      query = q;
      found = links.search(q);
    }
    return found;
  }
}
