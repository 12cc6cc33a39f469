package org.vedika.pagecache.entity;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which kept pages a change touches, and which changes a page shows, as short tags: {@code p42}
 * (the page of problem 42), {@code pl:050701} (the page of commune 050701; {@code pl:} is the
 * country, the home page), {@code search} (every search result), {@code guides} (the guides' index
 * and each guide), {@code *} (every page).
 */
public final class PageTags {

  /** Every kept page. */
  public static final String EVERYTHING = "*";

  public static final String SEARCH = "search";

  /**
   * The guides' pages: changed only when a guide is published, which drops every kept page ({@link
   * #EVERYTHING}).
   */
  public static final String GUIDES = "guides";

  private static final Pattern GUIDE = Pattern.compile("/guide/(\\d{1,18})");

  private static final Pattern PROBLEM = Pattern.compile("/problem/(\\d{1,18})");
  private static final Pattern PLACE = Pattern.compile("/place/(\\d{2}|\\d{4}|\\d{6}|\\d{8})");

  /** The codes' lengths of province, district, commune and village. */
  private static final int[] LEVELS = {2, 4, 6, 8};

  private PageTags() {}

  /**
   * The tags of the page at this path (without its query), or empty when the page is not kept: a
   * problem's page, a place's, the home page, search results, the guides.
   */
  public static Optional<Set<String>> ofPath(String path) {
    if ("/".equals(path) || "/index".equals(path)) {
      return Optional.of(Set.of(place("")));
    }
    if ("/search".equals(path)) {
      return Optional.of(Set.of(SEARCH));
    }
    if ("/guides".equals(path) || GUIDE.matcher(path).matches()) {
      return Optional.of(Set.of(GUIDES));
    }
    var problem = PROBLEM.matcher(path);
    if (problem.matches()) {
      return Optional.of(Set.of(problem(Long.parseLong(problem.group(1)))));
    }
    var place = PLACE.matcher(path);
    if (place.matches()) {
      return Optional.of(Set.of(place(place.group(1))));
    }
    return Optional.empty();
  }

  /**
   * What a change to a problem raised in this place touches: its page, the pages of its place and
   * every place above it up to the home page (their lists, counts and figures), search results.
   */
  public static Set<String> ofProblem(long problemId, String placeCode) {
    var tags = new LinkedHashSet<String>();
    tags.add(problem(problemId));
    tags.add(place(""));
    for (var length : LEVELS) {
      if (placeCode.length() >= length) {
        tags.add(place(placeCode.substring(0, length)));
      }
    }
    tags.add(SEARCH);
    return tags;
  }

  public static String problem(long problemId) {
    return "p" + problemId;
  }

  /** The problem a {@link #problem} tag names; empty for any other tag. */
  public static java.util.OptionalLong problemOf(String tag) {
    if (tag.length() < 2 || tag.length() > 19 || tag.charAt(0) != 'p') {
      return java.util.OptionalLong.empty();
    }
    for (int i = 1; i < tag.length(); i++) {
      if (tag.charAt(i) < '0' || tag.charAt(i) > '9') {
        return java.util.OptionalLong.empty();
      }
    }
    return java.util.OptionalLong.of(Long.parseLong(tag.substring(1)));
  }

  public static String place(String code) {
    return "pl:" + code;
  }
}
