package org.vedika.dashboard.boundary;

import java.io.Serializable;
import org.vedika.dashboard.boundary.Dashboard.Filter;
import org.vedika.dashboard.boundary.Dashboard.Standing;
import org.vedika.dashboard.control.Period;
import org.vedika.problem.entity.Category;

/**
 * The query parameters every dashboard page reads — {@code place}, {@code category}, {@code
 * period}, {@code status} — as typed, and the {@link Filter} they make once the place is checked.
 */
public abstract class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  protected String place;
  protected String category;
  protected String period;
  protected String status;

  /**
   * The view over this (checked) place; unknown keys fall back to every category, ever, any status.
   */
  protected Filter filter(String placeCode) {
    return new Filter(
        placeCode,
        Category.of(category).orElse(null),
        Period.of(period).orElse(Period.ALL),
        Standing.of(status).orElse(Standing.ANY));
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
