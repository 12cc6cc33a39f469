package org.vedika.archfixture.search.control;

/** Exempt: a Flyway Java migration may rewrite any table while the schema changes. */
public class V9__Fixture {
  static final String FILL = "UPDATE problem SET search_text = ? WHERE id = ?";
}
