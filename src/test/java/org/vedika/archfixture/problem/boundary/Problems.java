package org.vedika.archfixture.problem.boundary;

import org.vedika.archfixture.place.entity.Place;
import org.vedika.archfixture.vote.boundary.Votes;

/** Planted: problem uses vote, a feature above it (rule 1), closing a cycle with vote (rule 2). */
public class Problems {
  public Place place;
  public Votes votes;
}
