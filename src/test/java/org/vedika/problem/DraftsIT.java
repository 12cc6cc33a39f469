package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** What a member writes survives having to log in first, and a session that expired meanwhile. */
@ExtendWith(VedikaServer.class)
class DraftsIT {

  @Test
  void anAnonymousReplyComesBackAfterLogin() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070110");
    var problem =
        Fixtures.problem(
            author, "05070110", "IDPOOR_REGISTRATION", "Newborn missing from the Equity Card");
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Mother", "05070110");
    var session = new WebSession();
    session.get("/problem/" + problem);

    session.submit(
        "reply",
        "send",
        Map.of("reply:text", "Our baby is missing from the card too; written before logging in."));
    assertThat(session.last().uri().getPath()).isEqualTo("/login");
    session.submit(
        "login", "submit", Map.of("login:name", login, "login:password", Fixtures.PASSWORD));

    assertThat(session.last().uri().getPath()).isEqualTo("/problem/" + problem);
    assertThat(session.last().body())
        .contains("Our baby is missing from the card too; written before logging in.");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", problem)).isZero();
  }

  @Test
  void aProblemWrittenWhileTheSessionExpiredComesBackAfterLogin() {
    var session = new WebSession();
    var login = Fixtures.signUp(session, "Slow writer", "05070110");
    session.get("/raise?place=05070110");
    var form = session.last();
    // the session ends while the member writes (a timeout, a restart): here by ending it on purpose
    session.post("/logout", Map.of());

    session.post(
        action(form.body()),
        Map.of(
            "raise", "raise",
            "place", "05070110",
            "raise:title", "Family Package registration day: office locked",
            "raise:body",
                "The office was locked all day and there was no notice. Written slowly on a phone.",
            "raise:category", "LOCAL_SERVICE_INFO",
            "raise:submit", "x",
            "jakarta.faces.ViewState", viewState(form.body())));
    assertThat(session.last().uri().getPath()).isEqualTo("/login");
    session.submit(
        "login", "submit", Map.of("login:name", login, "login:password", Fixtures.PASSWORD));

    assertThat(session.last().uri().getPath()).isEqualTo("/raise");
    assertThat(session.last().body())
        .contains("value=\"Family Package registration day: office locked\"")
        .contains(
            "The office was locked all day and there was no notice. Written slowly on a phone.");
  }

  @Test
  void aReplyWhosePageExpiredComesBackWithItsTextInsteadOfAnErrorPage() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070110");
    var problem =
        Fixtures.problem(
            author, "05070110", "PAYMENT_DELIVERY", "The cash transfer came two months late");
    var session = new WebSession();
    Fixtures.signUp(session, "Patient writer", "05070110");
    session.get("/problem/" + problem);

    // the page's view is gone (too old, a restart): its view state is no longer the session's
    var back =
        session.forge(
            "reply",
            "send",
            Map.of("reply:text", "Ours came late too, written on a slow phone."),
            "-1:-1");
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(back.uri().getPath()).isEqualTo("/problem/" + problem);
    assertThat(back.body())
        .contains("Ours came late too, written on a slow phone.")
        .contains("ទំព័រនោះបានបើកយូរពេក");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", problem)).isZero();

    // a form without text (a vote) comes back to its page with a line saying so, and is not acted
    // on
    session.get("/problem/" + problem);
    var vote = session.forge("vote", "cast", Map.of(), "-1:-1");
    assertThat(vote.statusCode()).isEqualTo(200);
    assertThat(vote.body()).contains("id=\"stale\"");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", problem)).isZero();
  }

  private static String action(String page) {
    var matcher =
        java.util.regex.Pattern.compile("<form id=\"raise\"[^>]*action=\"([^\"]+)\"").matcher(page);
    return matcher.find() ? matcher.group(1) : "/raise.xhtml";
  }

  private static String viewState(String page) {
    var matcher =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(page);
    return matcher.find() ? matcher.group(1).replace("&amp;", "&") : "";
  }
}
