package org.vedika.problem.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;
import org.vedika.i18n.control.PlainText;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemViewed;
import org.vedika.problem.entity.Reply;

/**
 * {@code /problem/{id}}: a problem, its replies, the vote button and the reply form. Votes and
 * replies are plain POSTs that redirect back (they work without JavaScript).
 */
@Named
@RequestScoped
public class ProblemBacking {

  @Inject Problems problems;
  @Inject org.vedika.place.boundary.Places places;
  @Inject CurrentMember me;
  @Inject Messages messages;
  @Inject jakarta.enterprise.event.Event<ProblemViewed> viewed;
  @Inject RenderedThreads threads;
  @Inject org.vedika.i18n.boundary.Language language;
  @Inject org.vedika.i18n.boundary.Formats formats;
  @Inject org.vedika.FormToken token;

  /** Replies per page of a thread: a hot thread has thousands, a phone wants a few dozen. */
  public static final int THREAD_PAGE = 50;

  // The request's parameters, read with OmniFaces' Faces utility rather than injected with
  // @Param: this is the most read page, and @Param's producer converts, validates (Bean Validation)
  // and simulates a component for each parameter on every request — measured at a fifth of the
  // page's throughput on demo data (docs/benchmarks.md, 2026-12-05).
  private String id;

  /** {@code ?edit=ID}: the reply to edit. */
  private String edit;

  private String delete;

  /** {@code ?page=N} or {@code last}. */
  private String askedPage;

  private Problem problem;

  private String contextPath;

  /** The published problem's page as everyone sees it, read once per change. */
  private KeptProblem kept;

  private Integer page;
  private boolean newer;

  /** The database did not answer while the problem was read: show the forms, keep their text. */
  private boolean unavailable;

  /** A problem a moderator hid: only its notice is shown. */
  private Problem hidden;

  private List<ThreadRow> rows;

  /** The replies of the page the reader marked helpful ({@link #markedHelpful}). */
  private java.util.Set<Long> helpfulMarks;

  private Boolean maySolve;

  /** The thread's HTML before the reply being edited (all of it when none is), and after it. */
  private String threadBefore;

  private String threadAfter;

  /** The problem's blocks as everyone sees them ({@link #getTopHtml}, {@link #getStepsHtml}). */
  private AgedHtml[] written;

  @NotBlank(message = "{reply.body.required}")
  @Size(min = Reply.BODY_MIN, max = Reply.BODY_MAX, message = "{reply.body.size}")
  private String replyText;

  @Size(min = Reply.BODY_MIN, max = Reply.BODY_MAX, message = "{reply.body.size}")
  private String editText;

  /** A trainer's session: its date ({@code yyyy-MM-dd}), people and place code. */
  private String sessionHeldOn;

  private Integer sessionPeople;

  private String sessionPlace;

  /**
   * The id comes from the request itself ({@code /problem/42} forwards {@code id=42}; the forms
   * post it back), so the problem is known in every phase, also while a postback is decoded. A
   * member's page written without Faces ({@code pagecache.boundary.MembersProblemPages}) opens the
   * bean itself, from its servlet request.
   */
  @PostConstruct
  void init() {
    var faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      open(
          Faces.getRequestParameter("id"),
          Faces.getRequestParameter("edit"),
          Faces.getRequestParameter("delete"),
          Faces.getRequestParameter("page"),
          faces.getExternalContext().getRequestContextPath());
    }
  }

  /**
   * Reads the problem of a request read without Faces: the page written in Java for a member.
   *
   * @param request the request, forwarded or not: its {@code id}, {@code delete} and {@code page}
   * @param problemId the problem's id from the path
   */
  public void open(jakarta.servlet.http.HttpServletRequest request, String problemId) {
    open(
        problemId,
        null,
        request.getParameter("delete"),
        request.getParameter("page"),
        request.getContextPath());
  }

  private void open(String id, String edit, String delete, String askedPage, String contextPath) {
    this.id = id;
    this.edit = edit;
    this.delete = delete;
    this.askedPage = askedPage;
    this.contextPath = contextPath;
    try {
      kept = parsedId() == null ? null : threads.problem(parsedId(), () -> read(parsedId()));
      problem = kept == null ? null : kept.getProblem();
      if (problem == null && parsedId() != null) {
        hidden = problems.findHidden(parsedId()).orElse(null);
        problem =
            problems.findOwnPending(parsedId(), me.isLoggedIn() ? me.getId() : null).orElse(null);
      }
    } catch (RuntimeException failure) {
      if (!org.vedika.schema.control.DatabaseFailures.isDatabaseFailure(failure)) {
        throw failure;
      }
      java.util.logging.Logger.getLogger(ProblemBacking.class.getName())
          .log(java.util.logging.Level.WARNING, "Problem " + id + " could not be read", failure);
      unavailable = true;
    }
  }

  /** The published problem and what its page shows everyone; null when there is none. */
  private KeptProblem read(long problemId) {
    return problems
        .find(problemId)
        .map(
            found ->
                new KeptProblem(
                    found,
                    chainOf(found),
                    problems.officialAnswers(problemId),
                    problems.timeline(problemId),
                    problems.authorsWaiting(problemId),
                    problems.solution(found).orElse(null),
                    found.getSessionReports() > 0 ? problems.sessions(problemId) : List.of()))
        .orElse(null);
  }

  /** A reply kept across a login comes back into the form. */
  private void restoreDraft() {
    if (problem == null || !me.isLoggedIn()) {
      return;
    }
    var session =
        (jakarta.servlet.http.HttpSession)
            FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    Drafts.take(session)
        .filter(draft -> draft.get("id").map(String.valueOf(problem.getId())::equals).orElse(false))
        .ifPresent(
            draft ->
                draft
                    .get("reply:text")
                    .ifPresent(
                        text -> {
                          replyText = text;
                          messages.info(null, draft.message());
                        }));
  }

  /**
   * The page's one view action (each costs Faces a walk of the thread's stack): 404 for an unknown
   * or unpublished problem, a follower has now read it, and a reply kept across a login comes back
   * into the form.
   */
  public void load() throws IOException {
    check();
    restoreDraft();
    showDeleteRefused();
  }

  /** Why the member's delete was refused ({@link DeleteReplyServlet}), shown once. */
  private void showDeleteRefused() {
    if (!me.isLoggedIn()) {
      return;
    }
    var session =
        (jakarta.servlet.http.HttpSession)
            FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    if (session != null
        && session.getAttribute(DeleteReplyServlet.REFUSED) instanceof String text) {
      session.removeAttribute(DeleteReplyServlet.REFUSED);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new jakarta.faces.application.FacesMessage(
                  jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  /** A member has now read the problem (its notifications to them are read). */
  public void markViewed() {
    if (problem != null && me.isLoggedIn()) {
      viewed.fire(new ProblemViewed(problem.getId(), me.getId()));
    }
  }

  private void check() throws IOException {
    if (unavailable) {
      messages.error(null, "problem.unavailable");
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    markViewed();
    if (hidden != null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_GONE);
      return;
    }
    if (problem == null) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such problem");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void reply() throws IOException {
    if (mustLogIn()) {
      return;
    }
    try {
      var reply = problems.reply(me.get().orElseThrow(), parsedId(), replyText);
      if (reply.isPending()) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.info(null, "moderation.pending.reply");
      }
      back("?page=last#reply-" + reply.getId());
    } catch (Refusal refused) {
      // the reply stays in the form, as typed
      messages.refused(refused);
    }
  }

  /** A trainer for the problem's place records another awareness session ({@link Problems}). */
  public void addSession() throws IOException {
    if (mustLogIn()) {
      return;
    }
    java.time.LocalDate heldOn;
    try {
      heldOn = sessionHeldOn == null ? null : java.time.LocalDate.parse(sessionHeldOn.strip());
    } catch (java.time.format.DateTimeParseException notADate) {
      heldOn = null;
    }
    try {
      problems.addSession(
          me.get().orElseThrow(),
          parsedId(),
          heldOn,
          sessionPlace,
          sessionPeople == null ? 0 : sessionPeople);
    } catch (Refusal refused) {
      messages.refused(refused);
      return;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    messages.info(null, "session.added");
    back("#session-reports");
  }

  /** Whether the reader may record a session: a trainer whose grant covers the problem's place. */
  public boolean isMayReportSession() {
    return me.isLoggedIn()
        && problem != null
        && (kept != null || postback())
        && me.has(org.vedika.account.entity.Role.TRAINER, problem.getPlace().getCode());
  }

  public String getSessionHeldOn() {
    return sessionHeldOn;
  }

  public void setSessionHeldOn(String sessionHeldOn) {
    this.sessionHeldOn = sessionHeldOn;
  }

  public Integer getSessionPeople() {
    return sessionPeople;
  }

  public void setSessionPeople(Integer sessionPeople) {
    this.sessionPeople = sessionPeople;
  }

  public String getSessionPlace() {
    return sessionPlace;
  }

  public void setSessionPlace(String sessionPlace) {
    this.sessionPlace = sessionPlace;
  }

  /** The problem's province, district, commune (and village): its breadcrumbs. */
  public List<org.vedika.place.entity.Place> getPlaceChain() {
    if (kept != null) {
      return kept.getPlaceChain();
    }
    if (problem == null) {
      return List.of();
    }
    return chainOf(problem); // the author's own problem waiting for review: for them alone
  }

  private List<org.vedika.place.entity.Place> chainOf(Problem shown) {
    var chain = new java.util.ArrayList<>(places.ancestors(shown.getPlace()));
    chain.add(shown.getPlace());
    return chain;
  }

  /** The reply being edited ({@code ?edit=ID}), when it is the member's own and still editable. */
  public Long getEditing() {
    if (edit == null || !me.isLoggedIn()) {
      return null; // asked twice per reply: without an edit, no pass over the thread
    }
    try {
      var replyId = Long.valueOf(edit);
      var editing =
          getRows().stream()
              .filter(r -> r.getId() == replyId)
              // a save sent after the window still reaches the action: refused, the text kept
              .filter(r -> canEdit(r) || (postback() && isOwn(r) && !r.isHidden()))
              .findFirst();
      if (editing.isPresent() && editText == null) {
        editText = problems.replyText(problem.getId(), replyId).orElse(null);
      }
      return editing.map(ThreadRow::getId).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean canEdit(ThreadRow reply) {
    return me.isLoggedIn() && reply.editableBy(me.getId(), java.time.Instant.now());
  }

  public boolean isOwn(ThreadRow reply) {
    return me.isLoggedIn() && reply.getAuthorId() == me.getId();
  }

  public void saveEdit(long replyId) throws IOException {
    if (mustLogIn()) {
      return;
    }
    try {
      problems.editReply(me.get().orElseThrow(), replyId, editText);
      back("?page=" + getPage() + "#reply-" + replyId);
    } catch (Refusal refused) {
      // the edit stays in the form, as typed
      messages.refused(refused);
    }
  }

  /**
   * Whether the page offers the vote buttons: when the problem takes votes, and on every form post
   * (a page read before a merge or a lock still reaches the action, which refuses and says why).
   */
  public boolean isTakesVotes() {
    return problem != null && (problem.acceptsVotes() || postback());
  }

  /** As {@link #isTakesVotes} for the reply form: its text survives the refusal. */
  public boolean isTakesReplies() {
    return problem != null && (problem.acceptsReplies() || postback());
  }

  /** A form of the page was sent (a page written without Faces never is one). */
  private static boolean postback() {
    var faces = FacesContext.getCurrentInstance();
    return faces != null && faces.isPostback();
  }

  /**
   * Whether the page is the one everyone sees with the reader's own parts added: a published
   * problem read whole (kept only when the database answered with one that is neither hidden nor
   * waiting for review), and no replies of the reader waiting for review in its thread.
   */
  public boolean isShared() {
    return kept != null && !(me.isLoggedIn() && waitingFor(me.getId()));
  }

  /**
   * The page of the thread, as rows rendered once per change for everyone ({@link
   * RenderedThreads}); a member with replies of their own waiting for review gets theirs read and
   * rendered for them alone.
   */
  public List<ThreadRow> getRows() {
    if (rows == null) {
      if (problem == null) {
        rows = List.of();
      } else {
        var id = problem.getId();
        var first = getPage() * THREAD_PAGE;
        var locale = language.getLocale();
        var solution = problem.getSolutionId();
        var read =
            me.isLoggedIn() && waitingFor(me.getId())
                ? threads.rows(
                    problems.thread(id, me.getId(), first, THREAD_PAGE + 1), locale, solution)
                : threads.page(
                    id,
                    getPage(),
                    locale,
                    solution,
                    () -> problems.thread(id, null, first, THREAD_PAGE + 1));
        newer = read.size() > THREAD_PAGE;
        rows = newer ? read.subList(0, THREAD_PAGE) : read;
      }
    }
    return rows;
  }

  /**
   * The page of the thread as HTML, up to the reply being edited (the whole page when none is):
   * each row as everyone sees it ({@link ThreadRow}, kept rendered) with the reader's age of it and
   * what is theirs added here in Java — "report" on somebody else's reply, edit and delete on their
   * own — rather than a dozen expressions per row in the view (measured: the rows' expressions were
   * a quarter of a member's page, docs/benchmarks.md). The row being edited is the view's own form,
   * between {@link #getThreadBefore} and {@link #getThreadAfter}.
   */
  public String getThreadBefore() {
    writeThread();
    return threadBefore;
  }

  /** The thread's HTML after the reply being edited; empty when none is. */
  public String getThreadAfter() {
    writeThread();
    return threadAfter;
  }

  /**
   * The problem's meta line, notices, text and official answers as HTML, written once per change
   * and language for everyone ({@link ProblemHtml}); for the author's own problem waiting for
   * review, written for them alone.
   */
  public String getTopHtml() {
    return written()[0].render(formats::ago);
  }

  /** The timeline's steps as HTML (raised, each status change), likewise. */
  public String getStepsHtml() {
    return written()[1].render(formats::ago);
  }

  private AgedHtml[] written() {
    if (written != null) {
      return written;
    }
    var context = contextPath;
    var locale = language.getLocale();
    written =
        kept != null
            ? new AgedHtml[] {kept.top(locale, context), kept.steps(locale, context)}
            : new AgedHtml[] {
              // the author's own problem waiting for review: read for them alone
              ProblemHtml.top(
                  problem,
                  problems.officialAnswers(problem.getId()),
                  null,
                  problems.sessions(problem.getId()),
                  locale,
                  context),
              ProblemHtml.steps(problem, problems.timeline(problem.getId()), locale)
            };
    return written;
  }

  /** The meta line of the reply being edited. */
  public String getEditingMeta() {
    var editing = getEditing();
    return getRows().stream()
        .filter(row -> editing != null && row.getId() == editing)
        .findFirst()
        .map(row -> row.meta(formats.ago(row.getCreatedAt())))
        .orElse("");
  }

  /** Whether the reply being edited is an official answer (its row's class). */
  public boolean isEditingOfficial() {
    var editing = getEditing();
    return getRows().stream()
        .anyMatch(row -> editing != null && row.getId() == editing && row.isOfficial());
  }

  private void writeThread() {
    if (threadBefore != null) {
      return;
    }
    var editing = getEditing();
    var context = contextPath;
    var before = new StringBuilder(8192);
    var after = new StringBuilder();
    var html = before;
    String report = null;
    for (var row : getRows()) {
      if (editing != null && row.getId() == editing) {
        html = after; // the view renders the edited row's form
        continue;
      }
      html.append("<li id=\"reply-")
          .append(row.getId())
          .append(row.isOfficial() ? "\" class=\"reply official" : "\" class=\"reply")
          .append(row.isSolution() ? " solution\">" : "\">")
          .append(row.meta(formats.ago(row.getCreatedAt())));
      if (!row.isHidden()) {
        html.append(row.getBody());
        writeMarks(html, row, context);
        if (isOwn(row)) {
          writeOwn(html, row, context);
        } else {
          if (report == null) {
            report = PlainText.escape(messages.text("report.link"));
          }
          html.append("<a class=\"report-link\" id=\"report-" + row.getId() + "\" rel=\"nofollow\"")
              .append(" href=\"" + context + "/report?problem=" + problem.getId())
              .append("&amp;reply=" + row.getId() + "\">" + report + "</a>");
        }
      }
      html.append("</li>");
    }
    threadBefore = before.toString();
    threadAfter = after.toString();
  }

  /**
   * A member's own reply: edit (for its first minutes) and delete ({@link DeleteReplyServlet}),
   * which asks first: the servlet sends a delete without {@code confirm} back here with {@code
   * ?delete=ID}, and this row then asks "delete it?" with the form that confirms; with JavaScript,
   * vote.js asks in a dialog and confirms at once.
   */
  private void writeOwn(StringBuilder html, ThreadRow row, String context) {
    var form = "own-" + row.getId();
    var asking = String.valueOf(row.getId()).equals(delete);
    var question = PlainText.escape(messages.text("reply.delete.confirm"));
    html.append("<form id=\"" + form + "\" class=\"own-reply" + (asking ? " confirm" : ""))
        .append("\" method=\"post\" action=\"" + context + "/reply/delete\"")
        .append(" data-confirm=\"" + question + "\">");
    hidden(html, "id", String.valueOf(problem.getId()));
    hidden(html, "reply", String.valueOf(row.getId()));
    hidden(html, "page", String.valueOf(getPage()));
    hidden(html, org.vedika.FormToken.FIELD, token.getValue());
    if (asking) {
      hidden(html, "confirm", "1");
      html.append("<p class=\"confirm-question\" id=\"confirm-" + row.getId() + "\">")
          .append(question)
          .append("</p><button type=\"submit\" id=\"" + form + ":delete\" name=\"" + form)
          .append(":delete\" value=\"delete\" class=\"primary\">")
          .append(PlainText.escape(messages.text("reply.delete.yes")))
          .append("</button> <a id=\"cancel-" + row.getId() + "\" href=\"" + context + "/problem/")
          .append(problem.getId() + "?page=" + getPage() + "#reply-" + row.getId() + "\">")
          .append(PlainText.escape(messages.text("general.cancel")))
          .append("</a></form>");
      return;
    }
    if (canEdit(row)) {
      var edit = "/problem/" + problem.getId() + "?edit=" + row.getId() + "&amp;page=" + getPage();
      html.append("<a id=\"edit-" + row.getId() + "\" href=\"" + context + edit)
          .append("#reply-" + row.getId() + "\">")
          .append(PlainText.escape(messages.text("reply.edit")))
          .append("</a> ");
    }
    html.append("<button type=\"submit\" id=\"" + form + ":delete\" name=\"" + form + ":delete\"")
        .append(" value=\"delete\">")
        .append(PlainText.escape(messages.text("reply.delete")))
        .append("</button></form>");
  }

  /**
   * The reader's marks on a reply ({@link MarkReplyServlet}): "helpful" on somebody else's reply
   * (or taking it back), and for the problem's author or its commune's official "this solved it"
   * (or "not the solution" on the one marked). Nothing for a visitor.
   */
  private void writeMarks(StringBuilder html, ThreadRow row, String context) {
    var helpful = me.isLoggedIn() && !isOwn(row);
    var solution = isMaySolve();
    if (!helpful && !solution) {
      return;
    }
    var form = "mark-" + row.getId();
    html.append("<form id=\"" + form + "\" class=\"mark-reply\" method=\"post\" action=\"")
        .append(context + "/reply/mark\">");
    hidden(html, "id", String.valueOf(problem.getId()));
    hidden(html, "reply", String.valueOf(row.getId()));
    hidden(html, "page", String.valueOf(getPage()));
    hidden(html, org.vedika.FormToken.FIELD, token.getValue());
    if (helpful) {
      var marked = markedHelpful().contains(row.getId());
      markButton(
          html, form, marked ? "not-helpful" : "helpful", marked ? "helpful.undo" : "helpful.mark");
    }
    if (solution) {
      var marked = row.isSolution();
      markButton(
          html,
          form,
          marked ? "not-solution" : "solution",
          marked ? "solution.unmark" : "solution.mark");
    }
    html.append("</form>");
  }

  private void markButton(StringBuilder html, String form, String mark, String label) {
    html.append("<button type=\"submit\" id=\"" + form + ":" + mark + "\" name=\"mark\"")
        .append(" value=\"" + mark + "\">")
        .append(PlainText.escape(messages.text(label)))
        .append("</button> ");
  }

  /**
   * The replies of this page the reader marked helpful: read only when a reply of the page has a
   * mark at all (the reader's cannot be among none).
   */
  private java.util.Set<Long> markedHelpful() {
    if (helpfulMarks == null) {
      var marked =
          getRows().stream()
              .filter(row -> row.getHelpfulCount() > 0 && !isOwn(row))
              .map(ThreadRow::getId)
              .toList();
      helpfulMarks =
          marked.isEmpty() || !me.isLoggedIn()
              ? java.util.Set.of()
              : problems.markedHelpful(me.getId(), marked);
    }
    return helpfulMarks;
  }

  /**
   * Whether the reader may mark the reply that solved the problem: its author, or the official of
   * its commune (the server checks again, {@link Problems#markSolution}).
   */
  public boolean isMaySolve() {
    if (maySolve == null) {
      maySolve =
          me.isLoggedIn()
              && kept != null
              && problem.getMergedInto() == null
              && (problem.getAuthor().getId().equals(me.getId())
                  || me.has(org.vedika.account.entity.Role.OFFICIAL, problem.getCommuneCode()));
    }
    return maySolve;
  }

  private static void hidden(StringBuilder html, String name, String value) {
    html.append("<input type=\"hidden\" name=\"" + name + "\" value=\"")
        .append(PlainText.escape(value))
        .append("\"/>");
  }

  /**
   * Whether the member has replies waiting for review here (a problem still waiting for review
   * itself takes no replies).
   */
  private boolean waitingFor(long memberId) {
    return kept != null && kept.hasRepliesWaiting(memberId);
  }

  private boolean mustLogIn() throws IOException {
    if (me.isLoggedIn()) {
      return false;
    }
    org.vedika.Pages.logInFirst("/problem/" + parsedId());
    return true;
  }

  private void back(String anchor) throws IOException {
    org.vedika.Pages.redirect("/problem/" + parsedId() + anchor);
  }

  private Long parsedId() {
    try {
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The page of the thread ({@code ?page=N} from 0; {@code last} for the newest replies, where a
   * new reply lands).
   */
  public int getPage() {
    if (page == null) {
      var asked = askedPage;
      if ("last".equals(asked) && problem != null) {
        var size = problems.threadSize(problem.getId(), me.isLoggedIn() ? me.getId() : null);
        page = (int) Math.max(0, (size - 1) / THREAD_PAGE);
      } else {
        try {
          page = asked == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(asked)));
        } catch (NumberFormatException notANumber) {
          page = 0;
        }
      }
    }
    return page;
  }

  /** Newer replies follow on the next page. */
  public boolean isNewer() {
    getRows();
    return newer;
  }

  public String getId() {
    return id;
  }

  public Problem getProblem() {
    return problem;
  }

  public Problem getHidden() {
    return hidden;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public String getEditText() {
    return editText;
  }

  public void setEditText(String editText) {
    this.editText = editText;
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }
}
