package org.vedika.archfixture.demo.boundary;

import org.vedika.archfixture.problem.boundary.Problems;

/** Exempt: demo data may write any table, and demo may use any feature. */
public class DemoData {
  public Problems problems;

  static final String BACKDATE = "UPDATE problem SET created_at = created_at - INTERVAL 9 DAY WHERE id = ?";
}
