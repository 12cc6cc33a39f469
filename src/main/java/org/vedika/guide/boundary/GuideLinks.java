package org.vedika.guide.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.guide.entity.Guide;
import org.vedika.guide.entity.GuideEvent;
import org.vedika.guide.entity.GuideVersion;
import org.vedika.i18n.boundary.Messages;
import org.vedika.i18n.control.PlainText;
import org.vedika.problem.entity.Category;

/**
 * The published guides other pages point to — the problem page (its category's guides), the raise
 * page ("may already answer it"), search results — as small detached links. The list by category is
 * read once and kept until a guide is published here, or for {@code vedika.cache.ttl-seconds} at
 * most (a guide published on another node); a problem page read by a member costs no query for it.
 */
@Named
@ApplicationScoped
public class GuideLinks {

  /** A published guide as a link: its id, both titles, and the day its facts were last checked. */
  public record Link(long id, Category category, String titleKm, String titleEn, LocalDate checked)
      implements java.io.Serializable {

    static Link of(Guide guide) {
      var version = guide.getPublished();
      return new Link(
          guide.getId(),
          guide.getCategory(),
          version.getTitleKm(),
          version.getTitleEn(),
          version.getCheckedOn());
    }

    /** The title in this language, or in the other when it has none in this one. */
    public String title(Locale locale) {
      return GuideVersion.inLanguage(locale, titleKm, titleEn);
    }
  }

  /** How many of a category's guides a problem page lists (the newest; the index has them all). */
  public static final int SHOWN = 5;

  private record Snapshot(Map<Category, List<Link>> byCategory, Instant readAt) {}

  @Inject Guides guides;

  @Inject
  @ConfigProperty(name = "vedika.cache.ttl-seconds", defaultValue = "60")
  int ttlSeconds;

  private volatile Snapshot snapshot;

  /** The published guides of a category, the newest first (at most {@link #SHOWN}). */
  public List<Link> newest(Category category) {
    return of(category).stream().limit(SHOWN).toList();
  }

  /** The published guides of a category, the newest first. */
  public List<Link> of(Category category) {
    return category == null ? List.of() : byCategory().getOrDefault(category, List.of());
  }

  /** The published guides by category, in the taxonomy's order. */
  public Map<Category, List<Link>> byCategory() {
    var kept = snapshot;
    if (kept == null || kept.readAt().plusSeconds(ttlSeconds).isBefore(Instant.now())) {
      var read = new EnumMap<Category, List<Link>>(Category.class);
      guides.index().forEach((c, list) -> read.put(c, list.stream().map(Link::of).toList()));
      kept = new Snapshot(read, Instant.now());
      snapshot = kept;
    }
    return kept.byCategory();
  }

  /** Published guides matching a search, the closest first (at most five). */
  public List<Link> search(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return guides.search(query, 5).stream().map(Link::of).toList();
  }

  /**
   * The problem page's "guides on this" section, as HTML: the same for the Faces page and the page
   * written in Java ({@code MembersProblemPages}); empty when the category has no guide.
   */
  public String problemHtml(Category category, Locale locale, String contextPath) {
    var links = of(category).stream().limit(SHOWN).toList();
    if (links.isEmpty()) {
      return "";
    }
    var text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    var html =
        new StringBuilder(
            "\n<section id=\"guides\" class=\"guides\" aria-labelledby=\"guides-title\">\n");
    html.append("<h2 id=\"guides-title\">")
        .append(PlainText.escape(text.getString("guides.forProblem")))
        .append("</h2>\n<ul class=\"guide-links\">\n");
    for (var link : links) {
      html.append("<li><a href=\"")
          .append(contextPath)
          .append("/guide/")
          .append(link.id())
          .append("\">")
          .append(PlainText.escape(link.title(locale)))
          .append("</a></li>\n");
    }
    return html.append("</ul>\n</section>").toString();
  }

  /** A guide was published: the next read lists it. */
  void published(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) GuideEvent.Published published) {
    forget();
  }

  /** Reads the published guides again at the next use (one was published on another node). */
  public void forget() {
    snapshot = null;
  }
}
