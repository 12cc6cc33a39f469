package org.vedika.guide.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a text, line by line: the lines only the old one has, the
 * lines only the new one has, and the lines both keep, in order (a longest common subsequence).
 * Guides are short — a few dozen lines — so the quadratic table is small; past {@value #MAX_LINES}
 * lines a side the whole old text is shown removed and the new one added.
 */
public final class LineDiff {

  static final int MAX_LINES = 2_000;

  /** One line of the comparison. */
  public record Line(Kind kind, String text) {}

  public enum Kind {
    KEPT,
    REMOVED,
    ADDED
  }

  private LineDiff() {}

  public static List<Line> of(String before, String after) {
    var a = lines(before);
    var b = lines(after);
    var result = new ArrayList<Line>();
    if (a.length > MAX_LINES || b.length > MAX_LINES) {
      for (var line : a) {
        result.add(new Line(Kind.REMOVED, line));
      }
      for (var line : b) {
        result.add(new Line(Kind.ADDED, line));
      }
      return result;
    }
    // common[i][j]: the longest common subsequence of a[i..] and b[j..]
    var common = new int[a.length + 1][b.length + 1];
    for (var i = a.length - 1; i >= 0; i--) {
      for (var j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        result.add(new Line(Kind.KEPT, a[i]));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        result.add(new Line(Kind.REMOVED, a[i++]));
      } else {
        result.add(new Line(Kind.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      result.add(new Line(Kind.REMOVED, a[i++]));
    }
    while (j < b.length) {
      result.add(new Line(Kind.ADDED, b[j++]));
    }
    return result;
  }

  /** Whether anything changed. */
  public static boolean changed(List<Line> diff) {
    return diff.stream().anyMatch(line -> line.kind() != Kind.KEPT);
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\n", -1);
  }
}
