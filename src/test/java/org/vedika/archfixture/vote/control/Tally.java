package org.vedika.archfixture.vote.control;

import org.vedika.archfixture.vote.boundary.Votes;

/** Planted: a control using a boundary (rule 3). */
public class Tally {
  public Votes votes;
}
