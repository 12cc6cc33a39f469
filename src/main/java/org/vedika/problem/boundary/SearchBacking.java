package org.vedika.problem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vedika.problem.entity.Problem;

/** {@code /search?q=…}: the problems whose words match, best first. */
@Named
@RequestScoped
public class SearchBacking {

  public static final int LIMIT = 30;

  @Inject Problems problems;

  private String q;
  private List<Problem> results;

  public List<Problem> getResults() {
    if (results == null) {
      results = isSearched() ? problems.search(q, null, LIMIT) : List.of();
    }
    return results;
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
