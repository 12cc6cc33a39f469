package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * A member's problem page shows the thread kept for everyone (rendered once per change, {@code
 * RenderedThreads}) with only their own part added: every write shows on their next read, and what
 * is theirs (edit, delete, no "report") stays theirs.
 */
@ExtendWith(VedikaServer.class)
class MembersThreadIT {

  private static final String VILLAGE = "08010101";

  @Test
  void aMembersKeptThreadIsFreshAfterEveryWriteAndTheirOwnPartIsTheirs() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a kept thread", VILLAGE);
    var problem =
        Fixtures.problem(author, VILLAGE, "NSSF_PENSION", "Kept thread: the pension office moved");
    var page = "/problem/" + problem;
    var reader = new WebSession();
    Fixtures.signUp(reader, "Reader of a kept thread", VILLAGE);
    reader.get(page);
    reader.get(page);

    // another member replies: the reader's next read shows it, with "report" and no delete
    var writer = new WebSession();
    Fixtures.signUp(writer, "Writer in a kept thread", VILLAGE);
    writer.get(page);
    writer.submit("reply", "send", Map.of("reply:text", "zzkept: the office is now by the market"));
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);
    var read = reader.get(page).body();
    assertThat(read)
        .contains("zzkept: the office is now by the market")
        .contains("id=\"report-" + reply + "\"")
        .doesNotContain("id=\"edit-" + reply + "\"")
        .doesNotContain("id=\"own-" + reply + "\"");
    // the writer, on the same kept rows, gets their own edit and delete and no "report"
    assertThat(writer.get(page).body())
        .contains("id=\"edit-" + reply + "\"")
        .contains("id=\"own-" + reply + "\"")
        .doesNotContain("id=\"report-" + reply + "\"");

    // the writer edits it
    assertThat(writer.get(page + "?edit=" + reply).body())
        .as("the edit form starts from the text as typed")
        .containsPattern(
            "<textarea[^>]*edit:text[^>]*>\\s*zzkept: the office is now by the market");
    writer.submit("edit", "save", Map.of("edit:text", "zzkept: by the market, upstairs"));
    assertThat(reader.get(page).body())
        .contains("zzkept: by the market, upstairs")
        .doesNotContain("the office is now by the market")
        .as("says it was edited")
        .containsPattern("id=\"edited-" + reply + "\"[^>]*>បានកែសម្រួល<");
    assertThat(new WebSession().get(page).body())
        .as("to a visitor too")
        .contains("id=\"edited-" + reply + "\"");

    // a moderator hides it
    var moderator =
        Fixtures.withRole(
            "Moderator of a kept thread", VILLAGE, "MODERATOR", VILLAGE.substring(0, 4));
    moderator.get("/review?problem=" + problem + "&reply=" + reply);
    moderator.submit("act", "hide", Map.of("act:reason", "ABUSE", "act:note", "Kept thread"));
    assertThat(reader.get(page).body())
        .doesNotContain("by the market, upstairs")
        .contains("id=\"hidden-" + reply + "\"");

    // a change written straight to the database (as another node's would be, with its log row)
    Fixtures.execute("UPDATE problem SET reply_count = 1 WHERE id = " + problem);
    Fixtures.execute("UPDATE reply SET moderation = 'VISIBLE' WHERE id = " + reply);
    assertThat(reader.get(page).body()).contains("by the market, upstairs");

    // the writer deletes it
    writer.get(page);
    // asked first (the page's "delete it?" form), then confirmed
    writer.submit("own-" + reply, "delete", Map.of());
    writer.submit("own-" + reply, "delete", Map.of());
    assertThat(Fixtures.count("SELECT deleted FROM reply WHERE id = ?", reply)).isOne();
    assertThat(reader.get(page).body()).doesNotContain("by the market, upstairs");
  }

  @Test
  void theKeptThreadIsInTheReadersLanguage() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author in two languages", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "NSSF_PENSION", "Kept thread: an answer in two languages");
    var chief =
        Fixtures.withRole(
            "Chief answering in two languages", VILLAGE, "OFFICIAL", VILLAGE.substring(0, 6));
    chief.get("/problem/" + problem);
    chief.submit("reply", "send", Map.of("reply:text", "zzkept: come on Wednesday"));
    var khmer = new WebSession();
    Fixtures.signUp(khmer, "Reader in Khmer", VILLAGE);
    assertThat(khmer.get("/problem/" + problem).body()).contains("ចម្លើយផ្លូវការ");
    var english = new WebSession();
    Fixtures.signUp(english, "Reader in English", VILLAGE);
    english.get("/language?to=en&next=%2Fproblem%2F" + problem);
    assertThat(english.get("/problem/" + problem).body())
        .contains("Official answer")
        .doesNotContain("ចម្លើយផ្លូវការ");
  }
}
