package org.vedika.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.dashboard.boundary.Dashboard.Filter;
import org.vedika.dashboard.boundary.Dashboard.Standing;
import org.vedika.dashboard.control.Period;
import org.vedika.problem.entity.Category;

/**
 * {@code /dashboard/problems}: the problems behind a chart bar (a category's problems of a month, a
 * place's) — public problems, most affected first, 50 a page; for dashboard readers only.
 */
@Named
@RequestScoped
public class ProblemsBehindBacking {

  static final int PAGE = 50;

  @Inject Dashboard dashboard;
  @Inject CurrentMember me;

  private String place;
  private String category;
  private String period;
  private String status;
  private String month;
  private int page = 1;
  private List<Dashboard.Behind> problems = List.of();

  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      external.redirect(external.getRequestContextPath() + "/login?next=%2Fdashboard");
      return;
    }
    var scopes = dashboard.scopes(me.getId());
    var code = place == null || place.isBlank() ? (scopes.isEmpty() ? "" : scopes.get(0)) : place.strip();
    YearMonth chosen = null;
    try {
      chosen = month == null || month.isBlank() ? null : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, "month is YYYY-MM");
      context.responseComplete();
      return;
    }
    if (scopes.isEmpty() || !code.matches("|\\d{2}|\\d{4}|\\d{6}") || !Dashboard.allowed(scopes, code)) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not your dashboard");
      context.responseComplete();
      return;
    }
    place = code;
    var filter =
        new Filter(code, Category.of(category).orElse(null), Period.of(period).orElse(Period.ALL),
            Standing.of(status).orElse(Standing.ANY));
    page = Math.max(1, page);
    problems = dashboard.behind(filter, null, chosen, (page - 1) * PAGE, PAGE + 1);
  }

  public List<Dashboard.Behind> getProblems() {
    return problems.size() > PAGE ? problems.subList(0, PAGE) : problems;
  }

  public boolean isMore() {
    return problems.size() > PAGE;
  }

  public String getNextUrl() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    var query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
    query = query == null ? "" : query.replaceAll("(^|&)page=\\d*", "");
    return external.getRequestContextPath() + "/dashboard/problems?" + query + (query.isEmpty() ? "" : "&") + "page=" + (page + 1);
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

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
