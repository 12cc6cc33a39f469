package org.vedika.place.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Rules of the national place codes: 2, 4, 6 or 8 ASCII digits, each tier its parent plus two. */
public final class PlaceCode {

  public static final int MAX_LENGTH = 8;
  private static final Pattern WELL_FORMED = Pattern.compile("(?:[0-9]{2}){1,4}");

  private PlaceCode() {}

  public static boolean isWellFormed(String code) {
    return code != null && WELL_FORMED.matcher(code).matches();
  }

  /** The codes of a place's ancestors, from its province down to its parent. */
  public static List<String> ancestors(String code) {
    var ancestors = new ArrayList<String>();
    for (int length = 2; length < code.length(); length += 2) {
      ancestors.add(code.substring(0, length));
    }
    return ancestors;
  }
}
