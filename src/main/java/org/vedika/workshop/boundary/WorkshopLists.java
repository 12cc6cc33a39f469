package org.vedika.workshop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.place.boundary.PlaceBacking;
import org.vedika.place.entity.PlaceLevel;
import org.vedika.workshop.entity.Workshop;
import org.vedika.workshop.entity.WorkshopItem;

/** Workshops on other pages: a commune's upcoming and past ones, and a problem's. */
@Named
@RequestScoped
public class WorkshopLists {

  @Inject Workshops workshops;
  @Inject PlaceBacking placePage;
  @Inject CurrentMember me;

  private List<Workshop> upcoming;
  private List<Workshop> past;
  private final java.util.Map<Long, List<WorkshopItem>> itemsOf = new java.util.HashMap<>();

  /** Whether the place page is a commune's (workshops are per commune). */
  public boolean isCommune() {
    return placePage.getPlace() != null && placePage.getPlace().getLevel() == PlaceLevel.COMMUNE;
  }

  public List<Workshop> getUpcoming() {
    if (upcoming == null) {
      upcoming = isCommune() ? workshops.upcoming(placePage.getPlace().getCode()) : List.of();
    }
    return upcoming;
  }

  public List<Workshop> getPast() {
    if (past == null) {
      past = isCommune() ? workshops.past(placePage.getPlace().getCode()) : List.of();
    }
    return past;
  }

  /** The reader is the official of the page's commune: offer to plan one. */
  public boolean isCanPlan() {
    return isCommune()
        && me.has(org.vedika.account.entity.Role.OFFICIAL, placePage.getPlace().getCode());
  }

  /** The workshops a problem was on the agenda of, for its timeline. */
  public List<WorkshopItem> of(Long problemId) {
    return problemId == null ? List.of() : itemsOf.computeIfAbsent(problemId, workshops::itemsOf);
  }
}
