package org.vedika.pagecache.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.omnifaces.util.Servlets;
import org.vedika.FormToken;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.account.entity.Role;
import org.vedika.guide.boundary.GuideLinks;
import org.vedika.i18n.boundary.Formats;
import org.vedika.i18n.boundary.Language;
import org.vedika.i18n.boundary.Messages;
import org.vedika.i18n.control.MessageText;
import org.vedika.notification.boundary.NotificationReads;
import org.vedika.problem.boundary.DeleteReplyServlet;
import org.vedika.problem.boundary.Drafts;
import org.vedika.problem.boundary.ProblemBacking;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.Reply;
import org.vedika.response.boundary.Lifecycle;
import org.vedika.vote.boundary.VoteReads;
import org.vedika.vote.boundary.VoteServlet;
import org.vedika.workshop.boundary.Workshops;

/**
 * A citizen's read of a problem's page, written here in Java instead of rendered by Faces: the
 * layout, the blocks every reader shares (kept once per change by the problem feature: the problem,
 * its timeline and its thread's rows) and the reader's own parts (header, vote and follow state,
 * edit and delete on their replies, the session's token on every form). The most read page of a
 * member costs a Faces render of its layout and forms otherwise, five times the rest of the page
 * (issue 17, docs/benchmarks.md).
 *
 * <p>The page is the one {@code problem.xhtml} renders, byte for byte but the whitespace and
 * PrimeFaces' own scripts ({@code MembersProblemPageIT} compares the two for every state this
 * writes). Its reply form is a Faces form of a stateless view: the problem view is transient, and
 * its postback is checked against the session's token ({@code problem.boundary.StatelessForms}),
 * then validated and acted on by Faces as before. Whatever this does not write goes on to Faces,
 * untouched: a reader with any role beyond citizen (their header and forms differ), a form being
 * edited or a message to show once (a draft, a refusal, a Faces flash, {@code ?stale}), a problem
 * that is not the shared page (hidden, waiting for review, the reader's own replies waiting), or a
 * database that did not answer. {@value #FACES} on a request asks for the Faces page (the tests
 * compare the two).
 */
public class MembersProblemPages extends HttpFilter {

  /** A request header asking for the page Faces renders instead. */
  public static final String FACES = "X-Vedika-Render";

  /** The response header saying the page was written here. */
  public static final String WRITTEN = "X-Vedika-Written";

  private static final Pattern PATH = Pattern.compile("/problem/([0-9]{1,18})");

  /** The query this page takes; anything else (an edit, a notice to show) is Faces'. */
  private static final Set<String> QUERY = Set.of("page", "delete");

  @Inject CurrentMember me;
  @Inject ProblemBacking page;
  @Inject Language language;
  @Inject Formats formats;
  @Inject FormToken token;
  @Inject VoteReads votes;
  @Inject NotificationReads notifications;
  @Inject Workshops workshops;
  @Inject GuideLinks guides;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!"GET".equals(request.getMethod())
        || !path.matches()
        || request.getRemoteUser() == null
        || request.getHeader(FACES) != null
        || !QUERY.containsAll(request.getParameterMap().keySet())
        || Servlets.getRequestCookie(request, PageCacheFilter.FLASH_COOKIE) != null
        || oneTimeNotice(request)) {
      chain.doFilter(request, response);
      return;
    }
    String html;
    try {
      html = write(request, path.group(1));
    } catch (RuntimeException failure) {
      if (!org.vedika.schema.control.DatabaseFailures.isDatabaseFailure(failure)) {
        throw failure;
      }
      html = null; // Faces says so, and keeps the forms
    }
    if (html == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader(WRITTEN, "1");
    response.getWriter().write(html);
  }

  /** Something in the session to show once: the page that shows it is Faces'. */
  private static boolean oneTimeNotice(HttpServletRequest request) {
    var session = request.getSession(false);
    return session == null
        || session.getAttribute(Drafts.SESSION_KEY) != null
        || session.getAttribute(VoteServlet.REFUSED) != null
        || session.getAttribute(DeleteReplyServlet.REFUSED) != null;
  }

  /** The page, or null when it is not one written here. */
  private String write(HttpServletRequest request, String id) {
    if (!me.get().isPresent()
        || me.grants().stream().anyMatch(grant -> grant.getRole() != Role.CITIZEN)) {
      return null;
    }
    page.open(request, id);
    if (!page.isShared()) {
      return null;
    }
    var problem = page.getProblem();
    if (!Lifecycle.choices(me.getId(), false, problem).isEmpty()) {
      return null; // the author may reopen it: the status form is Faces'
    }
    page.markViewed();
    var locale = language.getLocale();
    var text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    var context = request.getContextPath();
    var html = new StringBuilder(16 * 1024);
    head(html, text, context, problem.getTitle());
    header(html, text, context);
    html.append("<main id=\"main\">\n<nav class=\"crumbs\" aria-label=\"")
        .append(attribute(text.getString("nav.breadcrumbs")))
        .append("\">\n<ol id=\"breadcrumbs\">\n<li><a href=\"" + context + "/\">")
        .append(escape(text.getString("nav.home")))
        .append("</a></li>\n");
    for (var place : page.getPlaceChain()) {
      html.append("<li><a href=\"" + context + "/place/" + place.getCode() + "\">")
          .append(escape(place.title(locale)))
          .append("</a></li>\n");
    }
    html.append("</ol>\n</nav><div id=\"messages\"></div>\n<h1 id=\"title\">")
        .append(escape(problem.getTitle()))
        .append("</h1>")
        .append(page.getTopHtml());
    voteAndFollow(html, text, locale, context, problem);
    timeline(html, text, context, problem);
    html.append(guides.problemHtml(problem.getCategory(), locale, context));
    replies(html, text, locale, context, problem);
    html.append("\n</main>\n<footer class=\"foot\">\n<p>")
        .append(escape(text.getString("nav.footer")))
        .append("</p>\n<p><a href=\"" + context + "/about\">")
        .append(escape(text.getString("nav.about")))
        .append("</a> · <a id=\"privacy-link\" href=\"" + context + "/privacy\">")
        .append(escape(text.getString("privacy.title")))
        .append("</a></p>\n</footer><script src=\"" + context + "/resources/js/vote.js\"")
        .append(" defer=\"defer\" type=\"text/javascript\"></script></body>\n</html>");
    return html.toString();
  }

  private void head(StringBuilder html, ResourceBundle text, String context, String title) {
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(language.getTag())
        .append("\"><head><link rel=\"stylesheet\" href=\"" + context)
        .append("/jakarta.faces.resource/vedika.css.xhtml?ln=css\" />\n")
        .append("<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta name=\"description\" content=\"")
        .append(attribute(text.getString("app.tagline")))
        .append("\" />\n<title>")
        .append(escape(title))
        .append(" · ")
        .append(escape(text.getString("app.name")))
        .append("</title></head><body>\n<a class=\"skip\" href=\"#main\">")
        .append(escape(text.getString("nav.skip")))
        .append("</a>\n");
  }

  /** The layout's header as a citizen's (no role beyond citizen: no staff links). */
  private void header(StringBuilder html, ResourceBundle text, String context) {
    var unread = notifications.unread(me.getId());
    html.append("<header class=\"bar\">\n<a class=\"brand\" href=\"" + context + "/\">")
        .append(escape(text.getString("app.name")))
        .append("</a>\n<a id=\"search-link\" href=\"" + context + "/search\">")
        .append(escape(text.getString("search.title")))
        .append("</a>\n<a id=\"guides-link\" href=\"" + context + "/guides\">")
        .append(escape(text.getString("guides.title")))
        .append("</a>\n<span class=\"account\">\n<a id=\"raise-link\" href=\"" + context)
        .append("/raise\">")
        .append(escape(text.getString("nav.raise")))
        .append("</a>\n<a id=\"inbox-link\" href=\"" + context + "/notifications\">")
        .append(escape(text.getString("notifications.title")));
    if (unread > 0) {
      html.append(" <span id=\"unread\" class=\"unread-count\">")
          .append(formats.number(unread))
          .append("</span>");
    }
    html.append("</a>\n<a id=\"member-name\" href=\"" + context + "/profile\" title=\"")
        .append(attribute(text.getString("profile.title")))
        .append("\">")
        .append(escape(me.getDisplayName()))
        .append("</a>\n<form id=\"logout\" method=\"post\" action=\"" + context + "/logout\"")
        .append(" class=\"inline\">\n<button type=\"submit\" id=\"logout-submit\">")
        .append(escape(text.getString("nav.logout")))
        .append("</button>\n</form>\n</span>\n<a id=\"language-switch\" class=\"lang\" lang=\"")
        .append(language.getOther())
        .append("\" hreflang=\"")
        .append(language.getOther())
        .append("\" href=\"")
        .append(attribute(language.getSwitchUrl()))
        .append("\">")
        .append(escape(text.getString("nav.otherLanguage")))
        .append("</a>\n</header>\n");
  }

  private void voteAndFollow(
      StringBuilder html, ResourceBundle text, Locale locale, String context, Problem problem) {
    var id = problem.getId();
    html.append("\n<form id=\"vote\" class=\"vote\" method=\"post\" action=\"" + context)
        .append("/vote\">\n<input type=\"hidden\" name=\"id\" value=\"" + id + "\" />\n");
    csrf(html);
    html.append("\n<span id=\"vote:vote-count\" class=\"vote-count\" aria-live=\"polite\">")
        .append(escape(format(text, locale, "problem.votes.count", problem.getPeople())))
        .append("</span>\n");
    if (problem.acceptsVotes()) {
      var voted = votes.hasVoted(me.getId(), id);
      var button = voted ? "retract" : "cast";
      html.append("<button type=\"submit\" id=\"vote:" + button + "\" name=\"vote:" + button)
          .append("\" value=\"" + button + "\"")
          .append(voted ? "" : " class=\"primary\"")
          .append(" data-voted=\"")
          .append(attribute(text.getString(voted ? "vote.cast" : "vote.retract")))
          .append("\">")
          .append(escape(text.getString(voted ? "vote.retract" : "vote.cast")))
          .append("</button>\n");
    }
    html.append("</form>\n");
    var following = notifications.follows(me.getId(), id);
    var button = following ? "unfollow" : "follow";
    html.append("<form id=\"follow\" class=\"vote\" method=\"post\" action=\"" + context)
        .append("/follow\">\n<input type=\"hidden\" name=\"id\" value=\"" + id + "\" />\n");
    csrf(html);
    html.append("\n<button type=\"submit\" id=\"follow:" + button + "\" name=\"follow:" + button)
        .append("\" value=\"" + button + "\">")
        .append(escape(text.getString(following ? "follow.stop" : "follow.start")))
        .append("</button>\n</form>\n");
    if (!problem.getAuthor().getId().equals(me.getId())) {
      html.append("<p class=\"report-problem\"><a id=\"report-problem\" rel=\"nofollow\" href=\"")
          .append(context + "/report?problem=" + id + "\">")
          .append(escape(text.getString("report.problem.link")))
          .append("</a></p>\n");
    }
  }

  private void timeline(StringBuilder html, ResourceBundle text, String context, Problem problem) {
    html.append("\n<section id=\"timeline\" class=\"timeline\" aria-labelledby=\"timeline-title\">")
        .append("\n<h2 id=\"timeline-title\">")
        .append(escape(text.getString("timeline.title")))
        .append("</h2>\n<ol class=\"steps\">")
        .append(page.getStepsHtml());
    for (var item : workshops.itemsOf(problem.getId())) {
      var workshop = item.getWorkshop();
      html.append("\n<li class=\"step workshop-step\">\n<strong>")
          .append(
              escape(
                  text.getString(
                      item.getOutcome() == null || item.getOutcome().isEmpty()
                          ? "timeline.workshop.planned"
                          : "timeline.workshop.discussed")))
          .append("</strong>\n· <a href=\"" + context + "/workshop/" + workshop.getId() + "\">")
          .append(escape(workshop.getTopic()))
          .append("</a>\n· ")
          .append(escape(formats.dateTime(workshop.getStartsAt())))
          .append("\n");
      if (item.getOutcome() != null && !item.getOutcome().isEmpty()) {
        html.append("<div class=\"body note\">")
            .append(formats.html(item.getOutcome()))
            .append("</div>\n");
      }
      html.append("</li>");
    }
    html.append("\n</ol>\n</section>\n");
  }

  private void replies(
      StringBuilder html, ResourceBundle text, Locale locale, String context, Problem problem) {
    var id = problem.getId();
    html.append("\n<section id=\"replies\" aria-labelledby=\"replies-title\">\n")
        .append("<h2 id=\"replies-title\">")
        .append(escape(format(text, locale, "problem.replies.count", problem.getReplyCount())))
        .append("\n</h2>\n<ol class=\"replies\">")
        .append(page.getThreadBefore())
        .append("\n</ol>\n<nav class=\"sorts\" aria-label=\"")
        .append(attribute(text.getString("forum.pages")))
        .append("\">\n");
    if (page.getPage() > 0) {
      html.append("<a id=\"replies-older\" href=\"" + context + "/problem/" + id + "?page=")
          .append(page.getPage() - 1)
          .append("#replies\">")
          .append(escape(text.getString("general.previous")))
          .append("</a>\n");
    }
    if (page.isNewer()) {
      html.append("<a id=\"replies-newer\" href=\"" + context + "/problem/" + id + "?page=")
          .append(page.getPage() + 1)
          .append("#replies\">")
          .append(escape(text.getString("general.next")))
          .append("</a>\n");
    }
    html.append("</nav>\n");
    if (page.isTakesReplies()) {
      // a Faces form of the problem's stateless view: Faces decodes, validates and acts on its post
      html.append("<form id=\"reply\" name=\"reply\" method=\"post\" action=\"" + context)
          .append("/problem/" + id + "\" class=\"reply-form\"")
          .append(" enctype=\"application/x-www-form-urlencoded\">\n")
          .append("<input type=\"hidden\" name=\"reply\" value=\"reply\" />\n")
          .append("<input type=\"hidden\" name=\"jakarta.faces.encodedURL\" value=\"" + context)
          .append(
              "/problem.xhtml\" />\n<input type=\"hidden\" name=\"id\" value=\"" + id + "\" />");
      csrf(html);
      html.append("<label for=\"reply:text\">")
          .append(escape(text.getString("reply.label")))
          .append("</label><textarea id=\"reply:text\" name=\"reply:text\" rows=\"4\" maxlength=\"")
          .append(Reply.BODY_MAX)
          .append("\"></textarea><input id=\"reply:send\" type=\"submit\" name=\"reply:send\"")
          .append(" value=\"")
          .append(attribute(text.getString("reply.send")))
          .append("\" class=\"primary\" /><input type=\"hidden\" name=\"jakarta.faces.ViewState\"")
          .append(" id=\"j_id1:jakarta.faces.ViewState:0\" value=\"stateless\"")
          .append(" autocomplete=\"off\" />\n</form>\n");
    }
    if (problem.isLocked()) {
      html.append("<p class=\"empty\" id=\"locked\">")
          .append(escape(text.getString("problem.locked")))
          .append("</p>\n");
    }
    html.append("</section>");
  }

  private void csrf(StringBuilder html) {
    html.append("<input type=\"hidden\" name=\"" + FormToken.FIELD + "\" value=\"")
        .append(token.getValue())
        .append("\" />");
  }

  /** An attribute's value escaped as Faces escapes it. */
  private static String attribute(String text) {
    return escape(text).replace("\"", "&quot;");
  }

  private static String format(ResourceBundle text, Locale locale, String key, Object argument) {
    return MessageText.format(text.getString(key), locale, argument);
  }

  /** Text escaped as Faces escapes it: {@code & < >}, and {@code "} in an attribute's value. */
  private static String escape(String text) {
    if (text == null) {
      return "";
    }
    var html = new StringBuilder(text.length() + 16);
    for (var i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
