package org.vedika.metrics.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every request by page ({@code vedika_request_seconds{page="/problem/{id}"}}). Declared
 * first in web.xml, so a page served from the cache is timed too (the cache counts its own hits and
 * misses: {@code vedika_pagecache_hits}).
 */
public class RequestMetrics extends HttpFilter {

  /** A path segment that is a number or a place code (digits). */
  private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$|\\.json$)");

  /** Addresses whose first segment is one of Vedika's; anything else is "other". */
  private static final Set<String> KNOWN =
      Set.of(
          "",
          "problem",
          "place",
          "raise",
          "search",
          "find",
          "dashboard",
          "recurring",
          "recurring-suggestions",
          "login",
          "signup",
          "profile",
          "notifications",
          "inbox",
          "moderation",
          "moderation-log",
          "review",
          "report",
          "admin",
          "assist",
          "guides",
          "guide",
          "guide-edit",
          "workshop",
          "workshop-plan",
          "answered",
          "about",
          "privacy",
          "forgot",
          "reset",
          "leave",
          "left",
          "vote",
          "api",
          "open311",
          "jakarta.faces.resource",
          "health");

  @Inject MetricRegistry metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      var took = Duration.ofNanos(System.nanoTime() - started);
      var page =
          response.getStatus() == HttpServletResponse.SC_NOT_FOUND
              ? "unknown"
              : page(request.getRequestURI().substring(request.getContextPath().length()));
      metrics.timer("vedika.request", new Tag("page", page)).update(took);
    }
  }

  /**
   * The page an address shows, with its numbers and codes taken out: {@code /problem/42} → {@code
   * /problem/{id}}; a Faces resource is one page; an address of no page of Vedika's is "other".
   */
  static String page(String path) {
    var clean = path.isEmpty() ? "/" : path;
    var second = clean.indexOf('/', 1);
    var first = clean.substring(1, second < 0 ? clean.length() : second);
    if (first.endsWith(".xhtml")) {
      first = first.substring(0, first.length() - ".xhtml".length());
    }
    if (!KNOWN.contains(first)) {
      return "other";
    }
    if (first.equals("jakarta.faces.resource")) {
      return "/jakarta.faces.resource";
    }
    return NUMBER.matcher(clean).replaceAll("/{id}");
  }
}
