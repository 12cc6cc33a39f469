package org.vedika.dashboard.boundary;

import java.io.Serializable;

/**
 * A ranked row as the table shows it, every text made once in Java: a page of 20 rows then costs a
 * few property reads per row instead of a dozen method calls through the view-scoped bean (issue
 * 7's render time). Getters, not a record: EL resolves properties from a cached table, while a
 * method call looks the method up by reflection on every row.
 */
public final class RankedLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final int rank;
  private final String href;
  private final String title;
  private final boolean recurring;
  private final String kind;
  private final String count;
  private final String category;
  private final String parts;

  /**
   * @param kind "Recurring" (shown as a badge) or "One problem"
   * @param count "37 problems" for a recurring problem, the place code for a single one
   */
  RankedLine(
      String key,
      int rank,
      String href,
      String title,
      boolean recurring,
      String kind,
      String count,
      String category,
      String parts) {
    this.key = key;
    this.rank = rank;
    this.href = href;
    this.title = title;
    this.recurring = recurring;
    this.kind = kind;
    this.count = count;
    this.category = category;
    this.parts = parts;
  }

  public String getKey() {
    return key;
  }

  public int getRank() {
    return rank;
  }

  public String getHref() {
    return href;
  }

  public String getTitle() {
    return title;
  }

  public boolean isRecurring() {
    return recurring;
  }

  public String getKind() {
    return kind;
  }

  public String getCount() {
    return count;
  }

  public String getCategory() {
    return category;
  }

  public String getParts() {
    return parts;
  }
}
