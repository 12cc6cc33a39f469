package org.vedika.place.entity;

import java.util.Locale;

/** The four tiers of the NCDD numbering; each adds two digits to its parent's code. */
public enum PlaceLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE,
  VILLAGE;

  /** 1 for a province … 4 for a village, as in the gazetteer file. */
  public int depth() {
    return ordinal() + 1;
  }

  public int codeLength() {
    return depth() * 2;
  }

  /** The level below, or {@code null} for a village. */
  public PlaceLevel child() {
    return this == VILLAGE ? null : values()[ordinal() + 1];
  }

  /** Lower-case name used in the JSON API: {@code province}, {@code district}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PlaceLevel ofDepth(int depth) {
    if (depth < 1 || depth > values().length) {
      throw new IllegalArgumentException("No place level of depth " + depth);
    }
    return values()[depth - 1];
  }

  /** The level a well-formed code denotes, by its length. */
  public static PlaceLevel ofCode(String code) {
    if (!PlaceCode.isWellFormed(code)) {
      throw new IllegalArgumentException("Not a place code: " + code);
    }
    return ofDepth(code.length() / 2);
  }
}
