package org.vedika.archfixture.problem.entity;

import jakarta.inject.Inject;
import org.vedika.archfixture.place.entity.Place;
import org.vedika.archfixture.problem.boundary.Problems;

/** Planted: an entity that sees CDI and its own boundary (rule 3). */
public class Problem {
  public Place place;

  @Inject Problems problems;
}
