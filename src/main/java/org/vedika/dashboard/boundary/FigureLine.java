package org.vedika.dashboard.boundary;

import java.io.Serializable;

/**
 * A line of a chart's figures table: a linked label and up to three figures, written in the
 * reader's digits. Getters for the reason {@link RankedLine} has them.
 */
public final class FigureLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String href;
  private final String label;
  private final String first;
  private final String second;
  private final String third;

  FigureLine(String href, String label, String first, String second, String third) {
    this.href = href;
    this.label = label;
    this.first = first;
    this.second = second;
    this.third = third;
  }

  public String getHref() {
    return href;
  }

  public String getLabel() {
    return label;
  }

  public String getFirst() {
    return first;
  }

  public String getSecond() {
    return second;
  }

  public String getThird() {
    return third;
  }
}
