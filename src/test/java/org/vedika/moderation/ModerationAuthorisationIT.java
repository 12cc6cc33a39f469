package org.vedika.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The moderation authorisation matrix, through HTTP: every role × every moderation action, on a
 * post inside or outside the actor's places. Only a moderator covering the place and an admin may
 * act, and never on their own post. A refused attempt posts the action with a valid view state of
 * the actor's own (a forged form), and must change nothing. Commune 070110 belongs to this test;
 * the inside moderator covers district 0701, the outside one Phnom Penh.
 */
@ExtendWith(VedikaServer.class)
class ModerationAuthorisationIT {

  static final String VILLAGE = "07011001";
  static final String OTHER_VILLAGE = "07011002";

  enum Actor {
    CITIZEN(false),
    OFFICIAL_OF_THE_COMMUNE(false),
    MODERATOR_INSIDE(true),
    MODERATOR_OUTSIDE(false),
    ADMIN(true),
    MODERATOR_INSIDE_ON_OWN_POST(false);

    final boolean allowed;

    Actor(boolean allowed) {
      this.allowed = allowed;
    }
  }

  /** The buttons of the review page's form, with the fields each needs. */
  enum Move {
    HIDE("hide", Map.of("act:reason", "ABUSE")),
    RESTORE("restore", Map.of()),
    DISMISS("dismiss", Map.of()),
    LOCK("lock", Map.of()),
    UNLOCK("unlock", Map.of()),
    WARN("warn", Map.of("act:reason", "ABUSE")),
    SUSPEND("suspend", Map.of("act:reason", "ABUSE", "act:days", "1")),
    LIFT("lift", Map.of()),
    MOVE("move", Map.of("act:place", OTHER_VILLAGE, "act:reason", "OFF_TOPIC")),
    MERGE("merge", Map.of());

    final String button;
    final Map<String, String> fields;

    Move(String button, Map<String, String> fields) {
      this.button = button;
      this.fields = fields;
    }
  }

  static final Map<Actor, WebSession> SESSIONS = new EnumMap<>(Actor.class);
  static final Map<Actor, Long> IDS = new EnumMap<>(Actor.class);

  static Stream<Arguments> matrix() {
    return Stream.of(Actor.values())
        .flatMap(actor -> Stream.of(Move.values()).map(move -> Arguments.of(actor, move)));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("matrix")
  void onlyModeratorsOfThePlaceAndAdminsActAndNeverOnTheirOwnPosts(Actor actor, Move move) {
    var session = session(actor);
    var author =
        actor == Actor.MODERATOR_INSIDE_ON_OWN_POST
            ? IDS.get(actor)
            : Fixtures.member(Fixtures.newPhone(), "Author for " + actor + " " + move, VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "LOCAL_SERVICE_INFO", "Matrix problem " + actor + " " + move);
    prepare(move, problem, author);
    var fields = new LinkedHashMap<>(move.fields);
    if (move == Move.MERGE) {
      var other = Fixtures.member(Fixtures.newPhone(), "Other author", VILLAGE);
      fields.put(
          "act:mergeInto",
          String.valueOf(Fixtures.problem(other, VILLAGE, "LOCAL_SERVICE_INFO", "Merge target")));
    }

    var page = session.get("/review?problem=" + problem);
    if (page.statusCode() == 200 && page.body().contains("id=\"act\"")) {
      session.submit("act", move.button, fields);
    } else {
      // no form for this actor: forge one with a valid view state of a page of their own
      session.get("/profile");
      var forged = new LinkedHashMap<String, String>(fields);
      forged.put("problem", String.valueOf(problem));
      forged.put("act", "act");
      forged.put("act:" + move.button, move.button);
      forged.put("jakarta.faces.ViewState", session.viewState("profile"));
      session.post("/review.xhtml?problem=" + problem, forged);
    }

    var acted =
        Fixtures.count(
            "SELECT COUNT(*) FROM moderation_action WHERE problem_id = ? AND action = ?",
            problem,
            move.name());
    assertThat(acted)
        .as(actor + " " + move + (actor.allowed ? " is allowed" : " is refused"))
        .isEqualTo(actor.allowed ? 1 : 0);
  }

  /** Puts the post in a state where the move makes sense (so a refusal is about who, not what). */
  private static void prepare(Move move, long problem, long author) {
    switch (move) {
      case RESTORE ->
          Fixtures.execute(
              "UPDATE problem SET moderation = 'HIDDEN', hidden_reason = 'SPAM' WHERE id = "
                  + problem);
      case DISMISS -> {
        var reporter = Fixtures.member(Fixtures.newPhone(), "Reporter", VILLAGE);
        Fixtures.execute(
            "INSERT INTO report (problem_id, reporter_id, reason) VALUES ("
                + problem
                + ", "
                + reporter
                + ", 'SPAM')");
      }
      case UNLOCK -> Fixtures.execute("UPDATE problem SET locked = TRUE WHERE id = " + problem);
      case LIFT ->
          Fixtures.execute(
              "UPDATE member SET suspended_until = NOW(3) + INTERVAL 1 DAY WHERE id = " + author);
      default -> {}
    }
  }

  private static synchronized WebSession session(Actor actor) {
    return SESSIONS.computeIfAbsent(
        actor,
        key -> {
          var login = Fixtures.newPhone();
          var id = Fixtures.member(login, "Actor " + key, VILLAGE);
          IDS.put(key, id);
          switch (key) {
            case OFFICIAL_OF_THE_COMMUNE -> Fixtures.grant(id, "OFFICIAL", "070110");
            case MODERATOR_INSIDE, MODERATOR_INSIDE_ON_OWN_POST ->
                Fixtures.grant(id, "MODERATOR", "0701");
            case MODERATOR_OUTSIDE -> Fixtures.grant(id, "MODERATOR", "12");
            case ADMIN -> Fixtures.grant(id, "ADMIN", null);
            case CITIZEN -> {}
          }
          var session = new WebSession();
          Fixtures.logIn(session, login, Fixtures.PASSWORD);
          return session;
        });
  }
}
