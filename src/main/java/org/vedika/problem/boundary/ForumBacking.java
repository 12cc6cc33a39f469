package org.vedika.problem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vedika.place.entity.Place;
import org.vedika.problem.control.ProblemSort;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.ProblemStatus;

/**
 * The problem list of a place page: {@code ?sort=hot|new|top|top-week|top-month|waiting|solved
 * &category=…&status=…&page=N}, all plain GET parameters, so every view is bookmarkable.
 */
@Named
@RequestScoped
public class ForumBacking {

  @Inject Problems problems;

  private String sort;
  private String category;
  private String status;
  private int page;
  private Problems.Page result;

  /** Loads the page of problems for the place (null: the whole country). */
  public Problems.Page of(Place place) {
    if (result == null) {
      result =
          problems.list(
              place,
              getSortOrder(),
              Category.of(category).orElse(null),
              ProblemStatus.of(status).orElse(null),
              page);
    }
    return result;
  }

  public ProblemSort getSortOrder() {
    return ProblemSort.of(sort).orElse(ProblemSort.HOT);
  }

  public List<ProblemSort> getSorts() {
    return List.of(ProblemSort.values());
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public List<ProblemStatus> getStatuses() {
    return List.of(ProblemStatus.values());
  }

  /** The query string of this list with one parameter changed and the page reset. */
  public String with(String name, String value) {
    var sortKey = "sort".equals(name) ? value : getSortOrder().key();
    var categoryKey =
        "category".equals(name) ? value : Category.of(category).map(Category::key).orElse("");
    var statusKey =
        "status".equals(name) ? value : ProblemStatus.of(status).map(ProblemStatus::key).orElse("");
    var query = new StringBuilder("?sort=").append(sortKey);
    if (!categoryKey.isEmpty()) {
      query.append("&category=").append(categoryKey);
    }
    if (!statusKey.isEmpty()) {
      query.append("&status=").append(statusKey);
    }
    if ("page".equals(name)) {
      query.append("&page=").append(value);
    }
    return query.toString();
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPage() {
    return String.valueOf(page);
  }

  public int getPageNumber() {
    return page;
  }

  /** A page number from the URL; anything that is not one means the first page. */
  public void setPage(String page) {
    try {
      this.page = Math.max(0, Math.min(Integer.parseInt(page), 10_000));
    } catch (NumberFormatException e) {
      this.page = 0;
    }
  }
}
