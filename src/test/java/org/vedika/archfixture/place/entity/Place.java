package org.vedika.archfixture.place.entity;

/** Allowed: the bottom feature, using nothing. */
public class Place {
  public String code;
}
