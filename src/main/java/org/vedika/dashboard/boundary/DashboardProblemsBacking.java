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

/**
 * {@code /dashboard/problems}: the problems behind a chart bar (a category's problems of a month, a
 * place's) — public problems, most affected first, 50 a page; for dashboard readers only.
 */
@Named
@RequestScoped
public class DashboardProblemsBacking extends DashboardView {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  @Inject Dashboard dashboard;
  @Inject CurrentMember me;

  private String month;
  private int page = 1;
  private List<Dashboard.Behind> problems = List.of();

  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    var code = dashboard.readable(Dashboard.scopes(me.grants()), place, true);
    YearMonth chosen = null;
    try {
      chosen = month == null || month.isBlank() ? null : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, "month is YYYY-MM");
      context.responseComplete();
      return;
    }
    if (code.isEmpty()) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not your dashboard");
      context.responseComplete();
      return;
    }
    place = code.get();
    var filter = filter(place);
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
    return external.getRequestContextPath()
        + "/dashboard/problems?"
        + query
        + (query.isEmpty() ? "" : "&")
        + "page="
        + (page + 1);
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
