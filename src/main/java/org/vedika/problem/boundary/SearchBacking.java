package org.vedika.problem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vedika.problem.entity.Problem;

/** {@code /search?q=…[&solved=1]}: the problems whose words match, best first. */
@Named
@RequestScoped
public class SearchBacking {

  public static final int LIMIT = 30;

  @Inject Problems problems;

  private String q;

  /** {@code ?solved=1}: solved problems only. */
  private String solved;

  private List<Problem> results;

  public List<Problem> getResults() {
    if (results == null) {
      results = isSearched() ? problems.search(q, null, isSolvedOnly(), LIMIT) : List.of();
    }
    return results;
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public boolean isSolvedOnly() {
    return "1".equals(solved) || "true".equals(solved);
  }

  public String getSolved() {
    return solved;
  }

  public void setSolved(String solved) {
    this.solved = solved;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
