package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vedika.dashboard.RecurringFixtures;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The authorisation matrix over every feature, through HTTP: every role × every action (and every
 * restricted page), inside and outside the role's places. An allowed actor does it through the
 * page; a refused one gets 403 or the login page at the door, and when they can see the page but
 * not the form, posts the form anyway with the page's own valid view state — and nothing changes.
 * The moderation actions one by one are in {@code ModerationAuthorisationIT}.
 *
 * <p>Commune 070306 (Krang Sbov, Kampot) belongs to this test: "inside" grants cover it (the
 * commune for officials and trainers, district 0703 for moderators, province 07 for policymakers),
 * "outside" ones the next commune, 070307, district 0701 or province 12.
 */
@ExtendWith(VedikaServer.class)
class AuthorisationMatrixIT {

  static final String VILLAGE = "07030601";
  static final String COMMUNE = "070306";

  enum Actor {
    ANONYMOUS(null, null),
    CITIZEN("CITIZEN", null),
    TRAINER_INSIDE("TRAINER", COMMUNE),
    TRAINER_OUTSIDE("TRAINER", "070307"),
    OFFICIAL_INSIDE("OFFICIAL", COMMUNE),
    OFFICIAL_OUTSIDE("OFFICIAL", "070307"),
    MODERATOR_INSIDE("MODERATOR", "0703"),
    MODERATOR_OUTSIDE("MODERATOR", "0701"),
    POLICYMAKER_INSIDE("POLICYMAKER", "07"),
    POLICYMAKER_OUTSIDE("POLICYMAKER", "12"),
    ADMIN("ADMIN", null);

    final String role;
    final String place;

    Actor(String role, String place) {
      this.role = role;
      this.place = place;
    }
  }

  static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
  static final Set<Actor> CURATORS_INSIDE =
      EnumSet.of(Actor.MODERATOR_INSIDE, Actor.POLICYMAKER_INSIDE, Actor.ADMIN);
  static final Set<Actor> READERS_INSIDE = EnumSet.of(Actor.POLICYMAKER_INSIDE, Actor.ADMIN);

  /** Guides are national: officials and trainers anywhere, and admins, write and publish them. */
  static final Set<Actor> GUIDE_WRITERS =
      EnumSet.of(
          Actor.TRAINER_INSIDE,
          Actor.TRAINER_OUTSIDE,
          Actor.OFFICIAL_INSIDE,
          Actor.OFFICIAL_OUTSIDE,
          Actor.ADMIN);

  /** Each subject's guide (made when an action asks): version 1 published, 2 waiting. */
  static final Map<String, Long> GUIDES = new java.util.concurrent.ConcurrentHashMap<>();

  static long guideOf(Subject s) {
    return GUIDES.computeIfAbsent(
        s.token(),
        token -> {
          var guide =
              Fixtures.guide(
                  author, s.member(), "hef-health-care", "Matrix guide " + token, "ក", "");
          Fixtures.execute(
              "INSERT INTO guide_version (guide_id, number, category, title_km, title_en,"
                  + " body_km, body_en, sources, checked_on, change_note, written_by)"
                  + " SELECT guide_id, 2, category, title_km, title_en, 'ខ', body_en, sources,"
                  + " checked_on, 'Second', written_by FROM guide_version WHERE guide_id = "
                  + guide);
          return guide;
        });
  }

  /**
   * What one action works on: a fresh problem in the test's commune (and its group), and a token.
   */
  record Subject(long problem, long group, long member, long reply, String token) {}

  /**
   * A state-changing action: the page that shows its form, the form's fields, and what it changes.
   */
  record Action(
      String name,
      Set<Actor> allowed,
      Function<Subject, String> page,
      Function<Subject, String> form,
      String button,
      Function<Subject, Map<String, String>> fields,
      Function<Subject, Object> state) {
    Action(
        String name,
        Set<Actor> allowed,
        Function<Subject, String> page,
        String form,
        String button,
        Function<Subject, Map<String, String>> fields,
        Function<Subject, Object> state) {
      this(name, allowed, page, s -> form, button, fields, state);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A restricted page (or API): who may read it. With a mark (what only those allowed may read), a
   * page may also answer others with 200 as long as it shows them nothing of it; without one, they
   * are refused outright.
   */
  record Page(
      String name,
      Set<Actor> allowed,
      Function<Subject, String> path,
      Function<Subject, String> mark) {
    Page(String name, Set<Actor> allowed, Function<Subject, String> path) {
      this(name, allowed, path, s -> null);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final String WHEN =
      LocalDateTime.now(ZoneId.of("Asia/Phnom_Penh"))
          .plusDays(12)
          .withHour(9)
          .withMinute(0)
          .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

  static final List<Action> ACTIONS =
      List.of(
          new Action(
              "raise a problem",
              SIGNED_IN,
              s -> "/raise?place=" + VILLAGE,
              "raise",
              "submit",
              s ->
                  Map.of(
                      "raise:title",
                      "Matrix raise " + s.token(),
                      "raise:body",
                      "A description of the matrix problem " + s.token(),
                      "raise:category",
                      "PAYMENT_DELIVERY"),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM problem WHERE title = ?", "Matrix raise " + s.token())),
          new Action(
              "count people at a trainer's session",
              EnumSet.of(Actor.TRAINER_INSIDE),
              s -> "/raise?place=" + VILLAGE,
              "raise",
              "submit",
              s ->
                  Map.of(
                      "raise:title",
                      "Matrix session " + s.token(),
                      "raise:body",
                      "Workers at the session said this " + s.token(),
                      "raise:category",
                      "NSSF_HEALTH_WORKERS",
                      "raise:sessionReports",
                      "41"),
              s ->
                  Fixtures.count(
                      "SELECT COALESCE(MAX(session_reports), 0) FROM problem WHERE title = ?",
                      "Matrix session " + s.token())),
          new Action(
              "add an awareness session to a problem",
              EnumSet.of(Actor.TRAINER_INSIDE),
              s -> "/problem/" + s.problem(),
              "session",
              "add",
              s ->
                  Map.of(
                      "session:heldOn",
                      java.time.LocalDate.now(java.time.ZoneId.of("Asia/Phnom_Penh")).toString(),
                      "session:people",
                      "12",
                      "session:place",
                      ""),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM trainer_session WHERE problem_id = ?", s.problem())),
          new Action(
              "reply",
              SIGNED_IN,
              s -> "/problem/" + s.problem(),
              "reply",
              "send",
              s -> Map.of("reply:text", "Matrix reply " + s.token()),
              s -> Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", s.problem())),
          new Action(
              "answer as the commune's official",
              EnumSet.of(Actor.OFFICIAL_INSIDE),
              s -> "/problem/" + s.problem(),
              "reply",
              "send",
              s -> Map.of("reply:text", "Matrix answer " + s.token()),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM reply WHERE problem_id = ? AND official", s.problem())),
          new Action(
              "vote",
              SIGNED_IN,
              s -> "/problem/" + s.problem(),
              "vote",
              "cast",
              s -> Map.of(),
              s -> Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", s.problem())),
          new Action(
              "mark the reply that solved a problem",
              EnumSet.of(Actor.OFFICIAL_INSIDE),
              s -> "/problem/" + s.problem(),
              s -> "mark-" + s.reply(),
              "solution",
              s -> Map.of("mark", "solution"),
              s ->
                  Fixtures.count(
                      "SELECT COALESCE(solution_id, 0) FROM problem WHERE id = ?", s.problem())),
          new Action(
              "mark a reply helpful",
              SIGNED_IN,
              s -> "/problem/" + s.problem(),
              s -> "mark-" + s.reply(),
              "helpful",
              s -> Map.of("mark", "helpful"),
              s -> Fixtures.count("SELECT helpful_count FROM reply WHERE id = ?", s.reply())),
          new Action(
              "report",
              SIGNED_IN,
              s -> "/report?problem=" + s.problem(),
              "report",
              "send",
              s -> Map.of("report:reason", "SPAM"),
              s -> Fixtures.count("SELECT COUNT(*) FROM report WHERE problem_id = ?", s.problem())),
          new Action(
              "edit one's profile",
              SIGNED_IN,
              s -> "/profile",
              "profile",
              "save",
              s -> Map.of("profile:name", "Matrix " + s.token()),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM member WHERE display_name = ?", "Matrix " + s.token())),
          new Action(
              "change a problem's status",
              EnumSet.of(Actor.OFFICIAL_INSIDE),
              s -> "/problem/" + s.problem(),
              "status",
              "change",
              s -> Map.of("status:to", "ACKNOWLEDGED", "status:note", ""),
              s -> Fixtures.text("SELECT status FROM problem WHERE id = ?", s.problem())),
          new Action(
              "plan a commune workshop",
              EnumSet.of(Actor.OFFICIAL_INSIDE),
              s -> "/workshop-plan?commune=" + COMMUNE,
              "plan",
              "schedule",
              s ->
                  Map.of(
                      "plan:startsAt",
                      WHEN,
                      "plan:venue",
                      "Commune hall",
                      "plan:topic",
                      "Matrix " + s.token(),
                      "plan:agenda",
                      String.valueOf(
                          Fixtures.count(
                              "SELECT id FROM problem WHERE commune_code = ?"
                                  + " AND moderation = 'VISIBLE' AND status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS')"
                                  + " ORDER BY vote_count DESC, session_reports DESC, id LIMIT 1",
                              COMMUNE))),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM workshop WHERE topic = ?", "Matrix " + s.token())),
          new Action(
              "hide a post",
              EnumSet.of(Actor.MODERATOR_INSIDE, Actor.ADMIN),
              s -> "/review?problem=" + s.problem(),
              "act",
              "hide",
              s -> Map.of("act:reason", "ABUSE"),
              s -> Fixtures.text("SELECT moderation FROM problem WHERE id = ?", s.problem())),
          new Action(
              "rename a recurring problem",
              CURATORS_INSIDE,
              s -> "/recurring/" + s.group(),
              "curate",
              "rename",
              s -> Map.of("curate:title-en", "Matrix " + s.token()),
              s -> Fixtures.text("SELECT title_en FROM recurring_problem WHERE id = ?", s.group())),
          new Action(
              "hand a member a code to set a new password",
              EnumSet.of(Actor.TRAINER_INSIDE, Actor.OFFICIAL_INSIDE, Actor.ADMIN),
              s -> "/assist?member=" + s.member(),
              "assist",
              "issue",
              s -> Map.of(),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM password_reset WHERE member_id = ?", s.member())),
          new Action(
              "write a guide",
              GUIDE_WRITERS,
              s -> "/guide-edit",
              "guide",
              "save",
              s ->
                  Map.of(
                      "guide:category",
                      "HEF_HEALTH_CARE",
                      "guide:titleEn",
                      "Matrix guide " + s.token(),
                      "guide:bodyEn",
                      "Ask for the Health Equity Fund desk.",
                      "guide:sources",
                      "https://example.org/source",
                      "guide:checkedOn",
                      java.time.LocalDate.now(java.time.ZoneId.of("Asia/Phnom_Penh")).toString(),
                      "guide:changeNote",
                      "Matrix " + s.token()),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM guide_version WHERE change_note = ?",
                      "Matrix " + s.token())),
          new Action(
              "publish a guide's version another wrote",
              GUIDE_WRITERS,
              s -> "/guide/" + guideOf(s),
              "publish",
              "submit",
              s -> Map.of(),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM guide_version WHERE guide_id = ?"
                          + " AND published_by IS NOT NULL",
                      guideOf(s))),
          new Action(
              "grant a role",
              EnumSet.of(Actor.ADMIN),
              s -> "/admin?member=" + s.member(),
              "grant-form",
              "submit",
              s -> Map.of("grant-form:role", "MODERATOR", "grant-form:place", "0703"),
              s ->
                  Fixtures.count(
                      "SELECT COUNT(*) FROM role_grant WHERE member_id = ?", s.member())));

  static final List<Page> PAGES =
      List.of(
          new Page("dashboard of the province", READERS_INSIDE, s -> "/dashboard?place=07"),
          new Page(
              "dashboard API for the province",
              READERS_INSIDE,
              s -> "/api/dashboard/recurring?place=07"),
          new Page(
              "dashboard CSV for the province",
              READERS_INSIDE,
              s -> "/api/dashboard/recurring.csv?place=07"),
          new Page(
              "problems behind the dashboard", READERS_INSIDE, s -> "/dashboard/problems?place=07"),
          new Page(
              "recurring problem",
              CURATORS_INSIDE,
              s -> "/recurring/" + s.group(),
              s -> "Matrix grouped problem " + s.token()),
          new Page(
              "recurring suggestions",
              EnumSet.of(
                  Actor.MODERATOR_INSIDE,
                  Actor.MODERATOR_OUTSIDE,
                  Actor.POLICYMAKER_INSIDE,
                  Actor.POLICYMAKER_OUTSIDE,
                  Actor.ADMIN),
              s -> "/recurring-suggestions"),
          new Page(
              "moderation queue",
              EnumSet.of(Actor.MODERATOR_INSIDE, Actor.MODERATOR_OUTSIDE, Actor.ADMIN),
              s -> "/moderation"),
          new Page(
              "review of a post",
              EnumSet.of(Actor.MODERATOR_INSIDE, Actor.ADMIN),
              s -> "/review?problem=" + s.problem(),
              s -> "id=\"review-title\""),
          new Page(
              "official's inbox",
              EnumSet.of(Actor.OFFICIAL_INSIDE, Actor.OFFICIAL_OUTSIDE),
              s -> "/inbox"),
          new Page(
              "workshop planning",
              EnumSet.of(Actor.OFFICIAL_INSIDE),
              s -> "/workshop-plan?commune=" + COMMUNE),
          new Page("accounts and roles", EnumSet.of(Actor.ADMIN), s -> "/admin"),
          new Page("write a guide", GUIDE_WRITERS, s -> "/guide-edit"),
          new Page(
              "a guide's waiting version and history",
              GUIDE_WRITERS,
              s -> "/guide/" + guideOf(s) + "?version=2",
              s -> "id=\"guide-history\""),
          new Page("delete one's account", SIGNED_IN, s -> "/leave"),
          new Page("download one's data", SIGNED_IN, s -> "/profile/data"),
          new Page(
              "help a member set a new password",
              // staff outside the member's places open the page and find nobody
              EnumSet.of(Actor.TRAINER_INSIDE, Actor.OFFICIAL_INSIDE, Actor.ADMIN),
              s -> "/assist?member=" + s.member(),
              s -> "Matrix target " + s.token()));

  static final Map<Actor, WebSession> SESSIONS = new EnumMap<>(Actor.class);
  static final Map<Actor, Long> MEMBERS = new EnumMap<>(Actor.class);
  static final AtomicInteger TOKENS = new AtomicInteger();
  static long author;

  static synchronized WebSession session(Actor actor) {
    return SESSIONS.computeIfAbsent(
        actor,
        a -> {
          if (a == Actor.ANONYMOUS) {
            return new WebSession();
          }
          var login = Fixtures.newPhone();
          var member = Fixtures.member(login, "Matrix " + a.name().toLowerCase(), VILLAGE);
          if (!a.role.equals("CITIZEN")) {
            Fixtures.grant(member, a.role, a.place);
          }
          // an established member, past any first-posts rule
          Fixtures.execute(
              "UPDATE member SET created_at = created_at - INTERVAL 60 DAY WHERE id = " + member);
          MEMBERS.put(a, member);
          var session = new WebSession();
          Fixtures.logIn(session, login, Fixtures.PASSWORD);
          return session;
        });
  }

  static synchronized Subject subject() {
    if (author == 0) {
      author = Fixtures.member(Fixtures.newPhone(), "Matrix author", VILLAGE);
    }
    // letters only: digits in a title could be masked as a phone number
    var token =
        Long.toString(TOKENS.incrementAndGet() * 1_000 + System.nanoTime() % 1_000, 36)
            .chars()
            .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'q' + c - '0' : c)))
            .reduce("", String::concat);
    var problem = Fixtures.problem(author, VILLAGE, "HEF_HEALTH_CARE", "Matrix problem " + token);
    var grouped =
        Fixtures.problem(author, VILLAGE, "HEF_HEALTH_CARE", "Matrix grouped problem " + token);
    var target = Fixtures.member(Fixtures.newPhone(), "Matrix target " + token, VILLAGE);
    var reply = Fixtures.reply(target, problem, "Matrix answer by another member " + token);
    return new Subject(problem, RecurringFixtures.group(grouped), target, reply, token);
  }

  /** Where the last request ended and what its page says, for a failure's message. */
  static String said(WebSession session) {
    var body = session.last().body();
    var main = body.indexOf("<main");
    return session.last().statusCode()
        + " at "
        + session.last().uri()
        + ": "
        + body.substring(Math.max(main, 0), Math.min(body.length(), Math.max(main, 0) + 1500))
            .replaceAll("\\s+", " ");
  }

  static Stream<Arguments> actions() {
    return ACTIONS.stream()
        .flatMap(action -> Stream.of(Actor.values()).map(actor -> Arguments.of(action, actor)));
  }

  static Stream<Arguments> pages() {
    return PAGES.stream()
        .flatMap(page -> Stream.of(Actor.values()).map(actor -> Arguments.of(page, actor)));
  }

  @ParameterizedTest(name = "{1} × {0}")
  @MethodSource("actions")
  void anActionChangesSomethingOnlyForTheRolesAndPlacesAllowedIt(Action action, Actor actor) {
    var subject = subject();
    var session = session(actor);
    if (MEMBERS.containsKey(actor)) {
      // the writing limits (a problem per 30 s, a reply per 10 s) are tested elsewhere
      Fixtures.execute(
          "UPDATE problem SET created_at = created_at - INTERVAL 1 HOUR WHERE author_id = "
              + MEMBERS.get(actor));
      Fixtures.execute(
          "UPDATE reply SET created_at = created_at - INTERVAL 1 HOUR WHERE author_id = "
              + MEMBERS.get(actor));
    }
    var before = action.state().apply(subject);
    var page = action.page().apply(subject);
    var shown = session.get(page);
    if (action.allowed().contains(actor)) {
      assertThat(shown.statusCode()).as("the page of " + action).isEqualTo(200);
      session.submit(action.form().apply(subject), action.button(), action.fields().apply(subject));
      assertThat(action.state().apply(subject))
          .as(actor + " may " + action + "; got " + said(session))
          .isNotEqualTo(before);
    } else {
      if (shown.statusCode() == 200
          && session.hasForm(action.form().apply(subject))
          && !shown.uri().getPath().equals("/login")) {
        session.submit(
            action.form().apply(subject), action.button(), action.fields().apply(subject));
      } else {
        session.postUnshown(
            page, action.form().apply(subject), action.button(), action.fields().apply(subject));
      }
      assertThat(session.last().statusCode())
          .as("never a server error; got " + said(session))
          .isLessThan(500);
      assertThat(action.state().apply(subject)).as(actor + " may not " + action).isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "{1} × {0}")
  @MethodSource("pages")
  void aRestrictedPageOpensOnlyForTheRolesAndPlacesAllowedIt(Page page, Actor actor) {
    var subject = subject();
    var response = session(actor).get(page.path().apply(subject));
    var mark = page.mark().apply(subject);
    if (page.allowed().contains(actor)) {
      assertThat(response.statusCode()).as(actor + " reads " + page).isEqualTo(200);
      assertThat(response.uri().getPath()).isNotEqualTo("/login");
      if (mark != null) {
        assertThat(response.body()).as(actor + " reads " + page).contains(mark);
      }
    } else if (mark != null
        && response.statusCode() == 200
        && !response.uri().getPath().equals("/login")) {
      assertThat(response.body()).as(actor + " is shown nothing of " + page).doesNotContain(mark);
    } else if (actor == Actor.ANONYMOUS) {
      assertThat(response.statusCode() == 401 || response.uri().getPath().equals("/login"))
          .as(
              "a visitor is asked to log in for "
                  + page
                  + ", got "
                  + response.statusCode()
                  + " at "
                  + response.uri())
          .isTrue();
    } else {
      assertThat(response.statusCode()).as(actor + " is refused " + page).isEqualTo(403);
    }
  }
}
