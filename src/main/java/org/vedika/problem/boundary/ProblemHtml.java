package org.vedika.problem.boundary;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.vedika.i18n.boundary.Messages;
import org.vedika.i18n.control.PlainText;
import org.vedika.i18n.control.RelativeTime;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.Reply;
import org.vedika.problem.entity.StatusChange;

/**
 * The blocks of a problem's page that are the same for every reader, written in Java once per
 * change and language ({@link KeptProblem#top}, {@link KeptProblem#steps}) rather than by a few
 * dozen expressions per view: the problem's meta line, notices, text and official answers, and the
 * steps of its timeline. Measured: these were a quarter of a member's page (docs/benchmarks.md,
 * issue 17). Every word comes from the bundle; every citizen's text is escaped ({@link PlainText}).
 */
final class ProblemHtml {

  private ProblemHtml() {}

  /** Meta line, notices, the problem's text and its official answers. */
  static AgedHtml top(
      Problem problem,
      List<Reply> officialAnswers,
      Problems.Solution solution,
      List<Problems.Session> sessions,
      Locale language,
      String contextPath) {
    var text = ResourceBundle.getBundle(Messages.BUNDLE, language);
    var html = AgedHtml.builder();
    var status = problem.getStatus();
    html.html("<p class=\"meta\" id=\"problem-meta\"><span class=\"status status-")
        .html(status.key())
        .html("\">")
        .text(text.getString("ProblemStatus." + status))
        .html("</span> · ")
        .text(text.getString("Category." + problem.getCategory()))
        .html(" · <span id=\"problem-author\">")
        .text(problem.getAuthor().shownName(text))
        .html("</span> · ")
        .age(problem.getCreatedAt());
    if (problem.getAnsweredAt() != null) {
      html.html(" · <span id=\"answered-in\">")
          .text(
              format(
                  text,
                  language,
                  "problem.answeredIn",
                  took(problem.getCreatedAt(), problem.getAnsweredAt(), language)))
          .html("</span>");
    }
    if (status == org.vedika.problem.entity.ProblemStatus.RESOLVED
        && problem.getResolvedAt() != null) {
      html.html(" · <span id=\"resolved-in\">")
          .text(
              format(
                  text,
                  language,
                  "problem.resolvedIn",
                  took(problem.getCreatedAt(), problem.getResolvedAt(), language)))
          .html("</span>");
    }
    html.html("</p>");
    if (problem.getSessionReports() > 0) {
      html.html("<p id=\"session-reports\" class=\"session-reports\">")
          .text(format(text, language, "problem.sessionReports", problem.getSessionReports()))
          .html("</p>");
      // each session apart: when, where, how many (a trainer's count, never mixed with votes)
      html.html("<ul id=\"sessions\" class=\"sessions\">");
      for (var session : sessions) {
        html.html("<li>")
            .text(
                org.vedika.i18n.control.RelativeTime.date(
                    session.heldOn().atStartOfDay(Problems.SESSION_ZONE).toInstant(),
                    Problems.SESSION_ZONE,
                    language))
            .html(" · ")
            .text(session.place() == null ? "" : session.place().title(language))
            .html(" · ")
            .text(format(text, language, "problem.session.people", session.people()))
            .html("</li>");
      }
      html.html("</ul>");
    }
    if (problem.isPending()) {
      html.html("<p id=\"pending-notice\" class=\"hidden-notice\">")
          .text(text.getString("moderation.pending.notice"))
          .html("</p>");
    }
    if (problem.getMergedInto() != null) {
      html.html("<p id=\"merged-into\" class=\"hidden-notice\"><a href=\"")
          .text(contextPath)
          .html("/problem/")
          .html(problem.getMergedInto())
          .html("\">")
          .text(text.getString("moderation.mergedInto"))
          .html("</a></p>");
    }
    html.html("<div id=\"problem-body\" class=\"body\">")
        .html(PlainText.toHtml(problem.getBody()))
        .html("</div>");
    if (solution != null) {
      // under the problem, so the next person with the same problem finds the answer first
      var reply = solution.reply();
      html.html(
              "<section id=\"solution\" class=\"solution\" aria-labelledby=\"solution-title\">"
                  + "<h2 id=\"solution-title\">")
          .text(text.getString("solution.title"))
          .html("</h2><article class=\"reply\"><p class=\"meta\"><strong class=\"author\">")
          .text(reply.getAuthor().shownName(text))
          .html("</strong>");
      if (reply.isOfficial()) {
        html.html(" · <span class=\"badge\">")
            .text(text.getString("reply.official"))
            .html("</span>");
      }
      html.html(" · ")
          .age(reply.getCreatedAt())
          .html("</p><div class=\"body\">")
          .html(PlainText.toHtml(reply.getBody()))
          .html("</div><p><a id=\"solution-link\" href=\"")
          .text(contextPath)
          .html("/problem/")
          .html(problem.getId())
          .html("?page=")
          .html(solution.page())
          .html("#reply-")
          .html(reply.getId())
          .html("\">")
          .text(text.getString("solution.inThread"))
          .html("</a></p></article></section>");
    }
    // an official answer that is the solution shows once, as the solution (with its badge)
    var answers =
        solution == null
            ? officialAnswers
            : officialAnswers.stream()
                .filter(answer -> !answer.getId().equals(solution.reply().getId()))
                .toList();
    if (!answers.isEmpty()) {
      html.html(
              "<section id=\"official-answers\" class=\"official-answers\""
                  + " aria-labelledby=\"official-answers-title\"><h2 id=\"official-answers-title\">")
          .text(text.getString("problem.officialAnswers"))
          .html("</h2>");
      for (var answer : answers) {
        html.html("<article class=\"reply official\"><p class=\"meta\"><strong class=\"author\">")
            .text(answer.getAuthor().shownName(text))
            .html("</strong> · <span class=\"badge\">")
            .text(text.getString("reply.official"))
            .html("</span> · ")
            .age(answer.getCreatedAt())
            .html("</p><div class=\"body\">")
            .html(PlainText.toHtml(answer.getBody()))
            .html("</div></article>");
      }
      html.html("</section>");
    }
    return html.build();
  }

  /** The timeline's steps: raised, then each status change (workshops follow in the view). */
  static AgedHtml steps(Problem problem, List<StatusChange> timeline, Locale language) {
    var text = ResourceBundle.getBundle(Messages.BUNDLE, language);
    var html = AgedHtml.builder();
    html.html("<li class=\"step\"><strong>")
        .text(text.getString("timeline.raised"))
        .html("</strong> · ")
        .text(problem.getAuthor().shownName(text))
        .html(" · ")
        .age(problem.getCreatedAt())
        .html("</li>");
    for (var step : timeline) {
      var key = step.getTo().key();
      html.html("<li class=\"step status-")
          .html(key)
          .html("\"><strong class=\"status status-")
          .html(key)
          .html("\">")
          .text(text.getString("ProblemStatus." + step.getTo()))
          .html("</strong>");
      if (step.getReason() != null) {
        html.html(" (").text(text.getString("CloseReason." + step.getReason())).html(")");
      }
      html.html(" · ").text(step.getActor().shownName(text));
      if (step.isOfficial()) {
        html.html(" · <span class=\"badge\">")
            .text(text.getString("timeline.official"))
            .html("</span>");
      }
      html.html(" · ").age(step.getCreatedAt());
      if (step.getNote() != null && !step.getNote().isEmpty()) {
        html.html("<div class=\"body note\">")
            .html(PlainText.toHtml(step.getNote()))
            .html("</div>");
      }
      html.html("</li>");
    }
    return html.build();
  }

  private static String took(java.time.Instant from, java.time.Instant to, Locale language) {
    return RelativeTime.duration(Duration.between(from, to), language);
  }

  private static String format(
      ResourceBundle text, Locale language, String key, Object... arguments) {
    return org.vedika.i18n.control.MessageText.format(text.getString(key), language, arguments);
  }
}
