package org.vedika;

/** A "come back here" path taken from a request: only paths inside Vedika, never another site. */
public final class LocalPath {

  private LocalPath() {}

  public static String orHome(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }
}
