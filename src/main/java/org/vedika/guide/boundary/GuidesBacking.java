package org.vedika.guide.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.guide.entity.Guide;
import org.vedika.problem.entity.Category;

/**
 * {@code /guides}: the published guides by programme; for writers, the guides waiting for a second
 * person to publish them, and a link to write one.
 */
@Named
@RequestScoped
public class GuidesBacking {

  @Inject GuideLinks links;
  @Inject Guides guides;
  @Inject CurrentMember me;

  private Boolean writer;

  /** One programme's guides. */
  public record Section(Category category, List<GuideLinks.Link> guides) {}

  /** The published guides by programme, in the taxonomy's order. */
  public List<Section> getSections() {
    return links.byCategory().entrySet().stream()
        .map(entry -> new Section(entry.getKey(), entry.getValue()))
        .toList();
  }

  public boolean isWriter() {
    if (writer == null) {
      writer = me.isLoggedIn() && guides.mayWrite(me.getId());
    }
    return writer;
  }

  /** Guides with a version waiting for a second person (writers only). */
  public List<Guide> getWaiting() {
    return isWriter() ? guides.waiting() : List.of();
  }
}
