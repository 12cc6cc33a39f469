package org.vedika.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.Http.get;
import static org.vedika.testing.Http.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** Search and similar problems through the running server and the real MariaDB FULLTEXT index. */
@ExtendWith(VedikaServer.class)
class SearchIT {

  @Test
  void findsAKhmerWordInsideASentenceAndARepliesWords() {
    var session = new WebSession();
    Fixtures.signUp(session, "ស្រីនាង", "05070104");
    session.get("/raise?place=05070104");
    session.submit(
        "raise",
        "submit",
        Map.of(
            "raise:title", "ប្រាក់ឧបត្ថម្ភស្ត្រីមានផ្ទៃពោះមិនទាន់បានទទួល",
            "raise:body", "ខ្ញុំមិនទាន់ទទួលបានប្រាក់ឧបត្ថម្ភសម្រាប់ស្ត្រីមានផ្ទៃពោះទេ បីខែហើយ។",
            "raise:category", "MOTHER_CHILD_CASH"));
    var id = session.last().uri().getPath().substring("/problem/".length());
    session.submit("reply", "send", Map.of("reply:text", "The Wing account shows nothing either."));

    assertThat(ids("ស្ត្រី")).contains(id);
    assertThat(ids("ទទួល")).contains(id);
    assertThat(ids("wing account")).contains(id);
    assertThat(get(VedikaServer.url("/search?q=" + enc("មានផ្ទៃពោះ"))).body())
        .contains("href=\"/problem/" + id + "\"");
    assertThat(ids("zzzqqq")).isEmpty();
  }

  @Test
  void similarProblemsComeFromTheSameCommuneFirstAndTakeAVote() {
    var author = Fixtures.member(Fixtures.newPhone(), "Neighbour", "01020201");
    var far =
        Fixtures.problem(
            author,
            "12010102",
            "HEF_HEALTH_CARE",
            "Nurse told us to buy medicine outside the referral hospital",
            "With the Equity Card we still had to buy medicine outside.");
    var near =
        Fixtures.problem(
            author,
            "01020202",
            "HEF_HEALTH_CARE",
            "Referral hospital nurse: buy the medicine outside",
            "We have the Equity Card but the nurse sent us to buy medicine outside.");
    var session = new WebSession();
    Fixtures.signUp(session, "Kosal", "01020203");
    session.get("/raise?place=01020203");

    session.submit(
        "raise",
        "check",
        Map.of(
            "raise:title",
            "Told to buy medicine outside the hospital",
            "raise:body",
            "",
            "raise:category",
            ""));
    var page = session.last().body();
    var similar = page.substring(page.indexOf("id=\"raise:similar\""));
    var first = java.util.regex.Pattern.compile("href=\"/problem/(\\d+)\"").matcher(similar);
    assertThat(first.find()).as(similar).isTrue();
    assertThat(first.group(1))
        .as("the same commune's problem comes first")
        .isEqualTo(String.valueOf(near));
    assertThat(far).as("a match from another province ranks after its neighbours").isPositive();
    assertThat(page)
        .as("what was typed is kept")
        .contains("value=\"Told to buy medicine outside the hospital\"");

    var buttonName =
        java.util.regex.Pattern.compile("name=\"(raise:[^\"]*metoo)\"")
            .matcher(page.substring(page.indexOf("/problem/" + near)));
    assertThat(buttonName.find()).isTrue();
    session.post(
        "/raise.xhtml",
        Map.of(
            "raise",
            "raise",
            "place",
            "01020203",
            "raise:title",
            "Told to buy medicine outside the hospital",
            "raise:body",
            "",
            buttonName.group(1),
            "x",
            "jakarta.faces.ViewState",
            session.viewState("raise")));
    assertThat(session.last().uri().getPath()).isEqualTo("/problem/" + near);
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", near)).isEqualTo(1);
  }

  @Test
  void otherNamesAndTheOtherLanguageFindAProblemTheWordsTypedFirst() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author in two languages", "05070105");
    var khmer =
        Fixtures.problem(
            author,
            "05070105",
            "IDPOOR_REGISTRATION",
            "ប័ណ្ណសមធម៌ zzgecko មិនទាន់បានបន្ត",
            "យើងបានស្នើសុំបន្តប័ណ្ណសមធម៌ zzgecko កាលពីខែមីនា។");
    var english =
        Fixtures.problem(
            author,
            "05070105",
            "IDPOOR_REGISTRATION",
            "IDPoor zzgecko card not renewed",
            "We asked to renew our IDPoor zzgecko card in March.");
    var pension =
        Fixtures.problem(
            author,
            "05070105",
            "NSSF_PENSION",
            "សោធននិវត្តន៍ zzgecko បាត់",
            "ខ្ញុំឈប់ធ្វើការ តើសោធននិវត្តន៍ zzgecko នៅទេ?");

    // IDPoor finds the Equity Card (ប័ណ្ណសមធម៌) post too, the post with the word typed first
    var found = ids("IDPoor zzgecko");
    assertThat(found).contains(String.valueOf(khmer), String.valueOf(english));
    assertThat(found.indexOf(String.valueOf(english)))
        .isLessThan(found.indexOf(String.valueOf(khmer)));
    assertThat(ids("pension zzgecko")).contains(String.valueOf(pension));
    // and back: a Khmer name finds the English post
    assertThat(ids("ប័ណ្ណក្រីក្រ zzgecko")).contains(String.valueOf(english));
  }

  @Test
  void anEditedOrDeletedReplyLeavesNoStaleWords() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a thread", "05070105");
    var id = Fixtures.problem(author, "05070105", "PAYMENT_DELIVERY", "The agent keeps part of it");
    var session = new WebSession();
    Fixtures.signUp(session, "Member who corrects", "05070105");
    session.get("/problem/" + id);
    session.submit("reply", "send", Map.of("reply:text", "The agent zzmarmot took 5,000 riel."));
    assertThat(ids("zzmarmot")).contains(String.valueOf(id));
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", id);

    session.get("/problem/" + id + "?edit=" + reply);
    session.submit("edit", "save", Map.of("edit:text", "The agent zzbadger took 2,000 riel."));
    assertThat(ids("zzmarmot")).as("the old words are gone").doesNotContain(String.valueOf(id));
    assertThat(ids("zzbadger")).contains(String.valueOf(id));

    session.get("/problem/" + id);
    session.submit("own-" + reply, "delete", Map.of());
    session.submit("own-" + reply, "delete", Map.of());
    assertThat(ids("zzbadger")).as("a deleted reply's words").doesNotContain(String.valueOf(id));
    assertThat(ids("agent keeps")).contains(String.valueOf(id));
  }

  private static java.util.List<String> ids(String query) {
    return json(get(VedikaServer.url("/api/problems?q=" + enc(query)))).asJsonArray().stream()
        .map(v -> String.valueOf(v.asJsonObject().getInt("id")))
        .toList();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
