package org.vedika.guide.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.guide.control.LineDiff;
import org.vedika.guide.control.Markdown;
import org.vedika.guide.entity.Guide;
import org.vedika.guide.entity.GuideVersion;
import org.vedika.i18n.boundary.Language;
import org.vedika.i18n.boundary.Messages;

/**
 * {@code /guide/{id}}: a guide as readers see it — its published version in their language, its
 * sources and the day its facts were last checked, "from the forum" when a solved problem became
 * it, and a print button for the notice board. A writer also sees a version waiting to be published
 * (and publishes it when they did not write it), any older version ({@code ?version=n}), and the
 * history: who wrote and published each version, when, and what changed.
 */
@Named
@RequestScoped
public class GuideBacking {

  @Inject Guides guides;
  @Inject CurrentMember me;
  @Inject Language language;
  @Inject Messages messages;

  @Inject @Param private String id;
  @Inject @Param private String version;

  private Guide guide;
  private GuideVersion shown;
  private boolean writer;

  /** One version in the history: it, and what it changed from the one before. */
  public record Change(GuideVersion version, List<LineDiff.Line> diff) {}

  @PostConstruct
  void init() {
    try {
      guide = id == null ? null : guides.find(Long.parseLong(id)).orElse(null);
    } catch (NumberFormatException notAnId) {
      guide = null;
    }
    if (guide == null) {
      return;
    }
    writer = me.isLoggedIn() && guides.mayWrite(me.getId());
    shown = guide.getPublished();
    if (writer) {
      var wanted = parse(version);
      shown =
          guide.getVersions().stream()
              .filter(v -> wanted == null ? v == guide.newest() : v.getNumber() == wanted)
              .findFirst()
              .orElse(shown);
    }
  }

  /** View action: 404 for an unknown guide, or one no one published yet for a reader. */
  public void load() throws IOException {
    if (shown == null) {
      var context = FacesContext.getCurrentInstance();
      context
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such guide");
      context.responseComplete();
    }
  }

  /** A second writer publishes the version they read. */
  public void publish() throws IOException {
    var context = FacesContext.getCurrentInstance();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst("/guide/" + guide.getId());
      return;
    }
    try {
      guides.publish(me.get().orElseThrow(), guide.getId(), shown.getNumber());
    } catch (Refusal refused) {
      if ("guide.notWriter".equals(refused.bundleKey())
          || "guide.ownVersion".equals(refused.bundleKey())) {
        context.getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      }
      messages.refused(refused);
      return;
    }
    context.getExternalContext().getFlash().setKeepMessages(true);
    messages.info(null, "guide.published");
    context
        .getExternalContext()
        .redirect(context.getExternalContext().getRequestContextPath() + "/guide/" + guide.getId());
  }

  public Guide getGuide() {
    return guide;
  }

  public GuideVersion getShown() {
    return shown;
  }

  public String getTitle() {
    return shown == null ? "" : shown.title(language.getLocale());
  }

  public String getBodyHtml() {
    return Markdown.html(shown.body(language.getLocale()));
  }

  public String getSourcesHtml() {
    return Markdown.html(shown.getSources());
  }

  /** Whether the reader reads another language's text (none in theirs). */
  public boolean isOtherLanguage() {
    return shown.isOtherLanguage(language.getLocale());
  }

  /** Whether the reader sees what readers do not (yet or any more) see. */
  public boolean isUnpublishedShown() {
    return shown != guide.getPublished();
  }

  public boolean isWriter() {
    return writer;
  }

  /** Whether the reader may publish the version shown: a writer who did not write it. */
  public boolean isMayPublish() {
    return writer
        && shown == guide.newest()
        && !shown.isPublished()
        && !shown.getWriter().getId().equals(me.getId());
  }

  /** Whether the version shown is waiting and the reader wrote it: another person must publish. */
  public boolean isOwnWaiting() {
    return writer
        && shown == guide.newest()
        && !shown.isPublished()
        && shown.getWriter().getId().equals(me.getId());
  }

  /** The versions, the newest first, each with what it changed (writers only). */
  public List<Change> getHistory() {
    if (!writer) {
      return List.of();
    }
    var changes = new ArrayList<Change>();
    String before = "";
    for (var v : guide.getVersions()) {
      var now = whole(v);
      changes.add(new Change(v, LineDiff.of(before, now)));
      before = now;
    }
    java.util.Collections.reverse(changes);
    return changes;
  }

  /** A version as one text, for comparing versions line by line. */
  private static String whole(GuideVersion v) {
    return String.join(
        "\n",
        "[" + v.getCategory().key() + "]",
        "# " + v.getTitleKm(),
        v.getBodyKm(),
        "# " + v.getTitleEn(),
        v.getBodyEn(),
        "---",
        v.getSources(),
        "✓ " + v.getCheckedOn() + (v.isNeedsReview() ? " (review)" : ""));
  }

  public Locale getLocale() {
    return language.getLocale();
  }

  private static Integer parse(String number) {
    try {
      return number == null ? null : Integer.valueOf(number);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
