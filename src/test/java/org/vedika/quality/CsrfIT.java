package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.dashboard.RecurringFixtures;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * CSRF: every state-changing form refuses a request without a valid view state — none, a made-up
 * one, or the forger's own from another session (all a cross-site page could send) — and changes
 * nothing; the same form with the member's own view state works (so the refusal is the token's, not
 * the request's). Commune 070305 belongs to this test.
 */
@ExtendWith(VedikaServer.class)
class CsrfIT {

  static final String[] FORGED = {null, "forged", "-1:-1", "stateless"};

  /** A form of a page: how to open it, submit it, and see whether it changed anything. */
  record Action(
      String name,
      WebSession session,
      String page,
      String form,
      String button,
      Map<String, String> fields,
      Supplier<Object> state) {}

  @Test
  void everyStateChangingFormRefusesAForgedRequest() {
    var place = "07030501";
    var author = Fixtures.member(Fixtures.newPhone(), "author", place);
    var problem = Fixtures.problem(author, place, "PAYMENT_DELIVERY", "Agent asks a fee csrf");
    var group =
        RecurringFixtures.group(
            Fixtures.problem(author, place, "HEF_HEALTH_CARE", "Health centre fee csrf"));
    var citizen = Fixtures.withRole("citizen", place, "CITIZEN", place);
    Fixtures.execute(
        "UPDATE member SET created_at = created_at - INTERVAL 60 DAY WHERE display_name = 'citizen'");
    var official = Fixtures.withRole("official", place, "OFFICIAL", "070305");
    var moderator = Fixtures.withRole("moderator", place, "MODERATOR", "0703");
    var admin = Fixtures.withRole("admin", place, "ADMIN", null);
    var target = Fixtures.member(Fixtures.newPhone(), "target", place);
    var when =
        LocalDateTime.now(ZoneId.of("Asia/Phnom_Penh"))
            .plusDays(10)
            .withHour(8)
            .withMinute(30)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

    var actions = new ArrayList<Action>();
    actions.add(
        new Action(
            "raise",
            citizen,
            "/raise?place=" + place,
            "raise",
            "submit",
            Map.of(
                "raise:title",
                "Forged problem csrf title",
                "raise:body",
                "A description that must never be published.",
                "raise:category",
                "PAYMENT_DELIVERY"),
            () ->
                Fixtures.count(
                    "SELECT COUNT(*) FROM problem WHERE title = 'Forged problem csrf title'")));
    actions.add(
        new Action(
            "reply",
            citizen,
            "/problem/" + problem,
            "reply",
            "send",
            Map.of("reply:text", "A forged reply csrf"),
            () -> Fixtures.count("SELECT COUNT(*) FROM reply WHERE body = 'A forged reply csrf'")));
    actions.add(
        new Action(
            "vote",
            citizen,
            "/problem/" + problem,
            "vote",
            "cast",
            Map.of(),
            () -> Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", problem)));
    actions.add(
        new Action(
            "profile",
            citizen,
            "/profile",
            "profile",
            "save",
            Map.of("profile:name", "Forged name"),
            () ->
                Fixtures.count("SELECT COUNT(*) FROM member WHERE display_name = 'Forged name'")));
    actions.add(
        new Action(
            "report",
            citizen,
            "/report?problem=" + problem,
            "report",
            "send",
            Map.of("report:reason", "SPAM"),
            () -> Fixtures.count("SELECT COUNT(*) FROM report WHERE problem_id = ?", problem)));
    actions.add(
        new Action(
            "status",
            official,
            "/problem/" + problem,
            "status",
            "change",
            Map.of("status:to", "ACKNOWLEDGED"),
            () -> Fixtures.text("SELECT status FROM problem WHERE id = ?", problem)));
    actions.add(
        new Action(
            "workshop",
            official,
            "/workshop-plan?commune=070305",
            "plan",
            "schedule",
            Map.of(
                "plan:startsAt",
                when,
                "plan:venue",
                "Commune hall",
                "plan:topic",
                "Forged workshop csrf",
                "plan:agenda",
                String.valueOf(problem)),
            () ->
                Fixtures.count(
                    "SELECT COUNT(*) FROM workshop WHERE topic = 'Forged workshop csrf'")));
    actions.add(
        new Action(
            "hide",
            moderator,
            "/review?problem=" + problem,
            "act",
            "hide",
            Map.of("act:reason", "ABUSE"),
            () -> Fixtures.text("SELECT moderation FROM problem WHERE id = ?", problem)));
    actions.add(
        new Action(
            "rename",
            moderator,
            "/recurring/" + group,
            "curate",
            "rename",
            Map.of("curate:title-en", "Forged name csrf"),
            () -> Fixtures.text("SELECT title_en FROM recurring_problem WHERE id = ?", group)));
    actions.add(
        new Action(
            "grant",
            admin,
            "/admin?member=" + target,
            "grant-form",
            "submit",
            Map.of("grant-form:role", "MODERATOR", "grant-form:place", "0703"),
            () -> Fixtures.count("SELECT COUNT(*) FROM role_grant WHERE member_id = ?", target)));

    // the forger's own, valid view state of the same page, from another session
    var forger = Fixtures.withRole("forger", place, "ADMIN", null);
    for (var action : actions) {
      var before = action.state().get();
      // a valid view state of the forger's own session (of this form where the forger sees it)
      forger.get(action.page());
      String forgersOwn;
      try {
        forgersOwn = forger.viewState(action.form());
      } catch (AssertionError notShownToTheForger) {
        forger.get("/raise?place=" + place);
        forgersOwn = forger.viewState("raise");
      }
      for (var viewState : FORGED) {
        action.session().get(action.page());
        var answer =
            action.session().forge(action.form(), action.button(), action.fields(), viewState);
        assertThat(action.state().get())
            .as(action.name() + " with view state " + viewState)
            .isEqualTo(before);
        assertThat(answer.statusCode())
            .as(action.name() + " with view state " + viewState + ": no error page")
            .isLessThan(500);
      }
      action.session().get(action.page());
      action.session().forge(action.form(), action.button(), action.fields(), forgersOwn);
      assertThat(action.state().get())
          .as(action.name() + " with another session's view state")
          .isEqualTo(before);

      // the member's own form goes through
      action.session().get(action.page());
      action.session().submit(action.form(), action.button(), action.fields());
      assertThat(action.state().get())
          .as(action.name() + " with the member's own view state")
          .isNotEqualTo(before);
    }
  }
}
