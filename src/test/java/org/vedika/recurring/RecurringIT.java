package org.vedika.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;

/**
 * Recurring problems over HTTP: a problem raised like an older one elsewhere is suggested at once;
 * a moderator confirms (a new group of both), renames, splits, rejects and merges; nobody curates
 * outside their places. Communes 0502xx (Chbar Mon) belong to this test.
 */
@ExtendWith(VedikaServer.class)
class RecurringIT {

  @Test
  void aSimilarProblemIsSuggestedAndAModeratorGroupsRenamesSplitsRejectsAndMerges()
      throws InterruptedException {
    var first =
        raise(
            "050201",
            "Chbar Mon referral hospital refuses the NSSF card of garment workers",
            "The referral hospital told us the NSSF card is not accepted and asked us to pay cash for treatment.");
    var second =
        raise(
            "050202",
            "Hospital refused my NSSF card and I had to pay cash",
            "At the provincial hospital they refused my NSSF card. I paid cash for the treatment of my injured hand.");
    // suggested in the background once the second problem is committed (within 30 s: the periodic
    // pass may be looking at the problems earlier tests raised on the same two cores)
    Fixtures.countWithin(
        30,
        "SELECT COUNT(*) FROM recurring_suggestion WHERE problem_id = ? AND peer_id = ? AND decision IS NULL",
        second,
        first);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM recurring_suggestion WHERE problem_id = ? AND peer_id = ? AND decision IS NULL",
                second,
                first))
        .isEqualTo(1);

    var moderator = Fixtures.withRole("moderator", "05070101", "MODERATOR", "0502");
    var list = moderator.get("/recurring-suggestions");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Hospital refused my NSSF card and I had to pay cash");
    var row = rowOf(list.body(), "/problem/" + second, "/problem/" + first);
    var confirmed = moderator.submit("suggestions", "rows:" + row + ":confirm", Map.of());
    assertThat(confirmed.body()).contains("បានដាក់ជាក្រុម");
    assertThat(rowIndex(confirmed.body(), "/problem/" + second, "/problem/" + first)).isNegative();
    var group = Fixtures.count("SELECT recurring_id FROM problem WHERE id = ?", first);
    assertThat(Fixtures.count("SELECT recurring_id FROM problem WHERE id = ?", second))
        .isEqualTo(group);
    assertThat(Fixtures.text("SELECT title_en FROM recurring_problem WHERE id = ?", group))
        .isEqualTo("Chbar Mon referral hospital refuses the NSSF card of garment workers");

    // rename, in both languages
    moderator.get("/recurring/" + group + "?lang=en");
    moderator.submit(
        "curate",
        "rename",
        Map.of(
            "curate:title-km",
            "មន្ទីរពេទ្យបដិសេធប័ណ្ណ ប.ស.ស.",
            "curate:title-en",
            "Hospitals refuse the NSSF card"));
    assertThat(Fixtures.text("SELECT title_km FROM recurring_problem WHERE id = ?", group))
        .isEqualTo("មន្ទីរពេទ្យបដិសេធប័ណ្ណ ប.ស.ស.");
    assertThat(Fixtures.text("SELECT title_en FROM recurring_problem WHERE id = ?", group))
        .isEqualTo("Hospitals refuse the NSSF card");

    // split the second problem off without a name: it is in no group again
    var page = moderator.get("/recurring/" + group);
    var box =
        Pattern.compile("name=\"([^\"]+:pick)\"[^>]*>\\s*<label[^>]*>Hospital refused my NSSF card")
            .matcher(page.body());
    var secondBox = box.find() ? box.group(1) : null;
    assertThat(secondBox).isNotNull();
    moderator.submit("curate", "split", Map.of(secondBox, "on"));
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id = ? AND recurring_id IS NULL", second))
        .isEqualTo(1);
    assertThat(Fixtures.count("SELECT COUNT(*) FROM problem WHERE recurring_id = ?", group))
        .isEqualTo(1);

    // a suggestion rejected is decided and not listed again
    var third =
        raise(
            "050203",
            "Commune hall closed on IDPoor interview day in Chbar Mon",
            "Nobody came to the commune hall for the IDPoor interviews, we waited the whole morning.");
    Fixtures.execute(
        "INSERT INTO recurring_suggestion (problem_id, recurring_id, similarity) VALUES ("
            + third
            + ", "
            + group
            + ", 0.31)");
    list = moderator.get("/recurring-suggestions");
    moderator.submit(
        "suggestions",
        "rows:" + rowOf(list.body(), "/problem/" + third, "/recurring/" + group) + ":reject",
        Map.of());
    assertThat(
            Fixtures.text(
                "SELECT decision FROM recurring_suggestion WHERE problem_id = ? AND recurring_id = ?",
                third,
                group))
        .isEqualTo("REJECTED");
    assertThat(
            rowIndex(
                moderator.get("/recurring-suggestions").body(),
                "/problem/" + third,
                "/recurring/" + group))
        .as("the rejected suggestion is not listed")
        .isNegative();

    // merge another group into this one: its problems move, it is gone
    var other =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            "ពេទ្យសុំលុយ",
            "Clinic asks NSSF members for money",
            "NSSF_HEALTH_WORKERS");
    Fixtures.execute("UPDATE problem SET recurring_id = " + other + " WHERE id = " + second);
    moderator.get("/recurring/" + other);
    moderator.submit("curate", "merge", Map.of("curate:merge-into", Long.toString(group)));
    assertThat(Fixtures.count("SELECT recurring_id FROM problem WHERE id = ?", second))
        .isEqualTo(group);
    assertThat(Fixtures.count("SELECT COUNT(*) FROM recurring_problem WHERE id = ?", other))
        .isZero();

    // add a problem by its number, though its suggestion was rejected
    moderator.get("/recurring/" + group);
    moderator.submit("curate", "add", Map.of("curate:add-problem", Long.toString(third)));
    assertThat(Fixtures.count("SELECT recurring_id FROM problem WHERE id = ?", third))
        .isEqualTo(group);
  }

  @Test
  void aCurationActionKeepsTheGroupsAddress() {
    var problem =
        raise(
            "050205",
            "Chbar Mon water point asks a fee from IDPoor households",
            "The water point committee asks IDPoor households to pay the monthly fee like everyone else.");
    var group =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            "ថ្លៃទឹក",
            "Water fees",
            "NSSF_HEALTH_WORKERS");
    Fixtures.execute("UPDATE problem SET recurring_id = " + group + " WHERE id = " + problem);
    var moderator = Fixtures.withRole("moderator", "05070101", "MODERATOR", "0502");

    moderator.get("/recurring/" + group + "?period=90");
    var renamed =
        moderator.submit(
            "curate", "rename", Map.of("curate:title-en", "Water points charge IDPoor households"));
    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(renamed.uri().getPath())
        .as("the form posts back to the clean URL")
        .isEqualTo("/recurring/" + group);
    assertThat(renamed.body()).contains("Water points charge IDPoor households");
    var reloaded = moderator.get(renamed.uri().getPath());
    assertThat(reloaded.statusCode()).as("the address reloads").isEqualTo(200);
    assertThat(reloaded.body()).contains("Water points charge IDPoor households");

    // merged into another group: on to that group's own address
    var other =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            "ថ្លៃទឹកស្អាត",
            "Clean water fees",
            "NSSF_HEALTH_WORKERS");
    var otherProblem =
        raise(
            "050204",
            "Water point in Sopoar Tep charges IDPoor families",
            "We have the IDPoor card but the water point still charges the full fee each month.");
    Fixtures.execute("UPDATE problem SET recurring_id = " + other + " WHERE id = " + otherProblem);
    var merged =
        moderator.submit("curate", "merge", Map.of("curate:merge-into", Long.toString(other)));
    assertThat(merged.statusCode()).isEqualTo(200);
    assertThat(merged.uri().getPath()).isEqualTo("/recurring/" + other);
  }

  @Test
  void theGroupingPassLooksAtProblemsThatWereNeverLookedAt() throws InterruptedException {
    // written straight into the database (as an import would): no suggestion was made when raised
    var author = Fixtures.member(Fixtures.newPhone(), "author", "05070101");
    var older =
        Fixtures.problem(
            author,
            "050205",
            "NSSF_HEALTH_WORKERS",
            "Svay Kravan referral hospital refuses the NSSF card of garment workers",
            "The referral hospital told us the NSSF card is not accepted and asked us to pay cash for treatment.");
    var newer =
        Fixtures.problem(
            author,
            "050204",
            "NSSF_HEALTH_WORKERS",
            "Hospital refused my NSSF card and I had to pay cash again",
            "At the provincial hospital they refused my NSSF card. I paid cash for the treatment of my injured hand.");
    Fixtures.countWithin(
        20,
        "SELECT COUNT(*) FROM recurring_suggestion WHERE problem_id = ? AND peer_id = ?",
        newer,
        older);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM recurring_suggestion WHERE problem_id = ? AND peer_id = ?",
                newer,
                older))
        .as("suggested by the periodic pass")
        .isEqualTo(1);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id IN (?, ?) AND suggested_at IS NULL",
                older,
                newer))
        .isZero();
  }

  /**
   * Issue 16: a problem written in Khmer is suggested for a group of English ones — found through
   * the concept groups (the search expanded, the measure comparing concepts across languages) and
   * compared with every member of the group — and shown so to a curator.
   */
  @Test
  void aKhmerProblemIsSuggestedForAGroupOfEnglishOnes() throws InterruptedException {
    var author = Fixtures.member(Fixtures.newPhone(), "author", "05070101");
    var members = new long[3];
    members[0] =
        Fixtures.problem(
            author,
            "050203",
            "PAYMENT_DELIVERY",
            "Payment agent takes a fee from the Family Package zzosprey",
            "The payment agent in our village charges 2,000 riel before he hands over the money.");
    members[1] =
        Fixtures.problem(
            author,
            "050203",
            "PAYMENT_DELIVERY",
            "Agent keeps part of our allowance as a fee zzosprey",
            "Every month the agent charges a fee of 3,000 riel from the cash support we receive.");
    members[2] =
        Fixtures.problem(
            author,
            "050203",
            "PAYMENT_DELIVERY",
            "We pay the payment agent to get our benefit zzosprey",
            "The Wing agent asks each family to pay a fee before giving the benefit money.");
    var group =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            "ភ្នាក់ងារយកថ្លៃ",
            "Payment agents take a fee zzosprey",
            "PAYMENT_DELIVERY");
    for (var member : members) {
      Fixtures.execute("UPDATE problem SET recurring_id = " + group + " WHERE id = " + member);
    }
    var khmer =
        Fixtures.raise(
            Fixtures.withRole("worker", "05070101", "CITIZEN", "05070101"),
            "050204",
            "ភ្នាក់ងារបើកប្រាក់យកថ្លៃពីគ្រួសារយើង",
            "ភ្នាក់ងារនៅភូមិយើងយកថ្លៃ មុនពេលឲ្យប្រាក់ឧបត្ថម្ភកញ្ចប់គ្រួសារ។",
            "PAYMENT_DELIVERY");
    Fixtures.countWithin(
        30,
        "SELECT COUNT(*) FROM recurring_suggestion WHERE problem_id = ? AND recurring_id = ?",
        khmer,
        group);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM recurring_suggestion WHERE problem_id = ? AND recurring_id = ?",
                khmer,
                group))
        .as("the Khmer problem suggested for the English group")
        .isEqualTo(1);
    var moderator = Fixtures.withRole("moderator", "05070101", "MODERATOR", "0502");
    var list = moderator.get("/recurring-suggestions").body();
    rowOf(list, "/problem/" + khmer, "/recurring/" + group);
    assertThat(list).contains("ភ្នាក់ងារបើកប្រាក់យកថ្លៃពីគ្រួសារយើង");
  }

  @Test
  void nobodyCuratesOutsideTheirPlaces() {
    var problem =
        raise(
            "050204",
            "Health centre in Sopoar Tep refuses the Equity Card",
            "They asked for money although we have the Equity Card.");
    var group =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            "មណ្ឌលសុខភាពបដិសេធប័ណ្ណសមធម៌",
            "Health centres refuse the Equity Card",
            "HEF_HEALTH_CARE");
    Fixtures.execute("UPDATE problem SET recurring_id = " + group + " WHERE id = " + problem);

    var citizen = Fixtures.withRole("citizen", "05070101", "CITIZEN", "05070101");
    assertThat(citizen.get("/recurring-suggestions").statusCode()).isEqualTo(403);
    assertThat(citizen.get("/recurring/" + group).statusCode()).isEqualTo(403);

    // a moderator of Phnom Penh neither sees the group's page nor can rename it
    var elsewhere = Fixtures.withRole("moderator", "05070101", "MODERATOR", "12");
    assertThat(elsewhere.get("/recurring/" + group).statusCode()).isEqualTo(403);
    // a national policymaker reads it, and may curate it
    var policymaker = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", null);
    assertThat(policymaker.get("/recurring/" + group).body()).contains("curate:rename");
    // a provincial policymaker elsewhere reads nothing of Kampong Speu
    var provincial = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", "12");
    assertThat(provincial.get("/recurring/" + group + "?place=05").statusCode()).isEqualTo(403);
  }

  private static long raise(String place, String title, String body) {
    var author = Fixtures.withRole("worker", "05070101", "CITIZEN", "05070101");
    return Fixtures.raise(author, place, title, body, "NSSF_HEALTH_WORKERS");
  }

  /** The row index of the suggestions table whose row links to all these paths. */
  static int rowOf(String page, String... links) {
    var index = rowIndex(page, links);
    if (index < 0) {
      throw new AssertionError("no suggestion row links to " + String.join(" and ", links));
    }
    return index;
  }

  /** As {@link #rowOf}, or -1 when no row links to them all. */
  private static int rowIndex(String page, String... links) {
    var rows = page.split("<tr");
    for (var row : rows) {
      if (java.util.Arrays.stream(links).allMatch(link -> row.contains("href=\"" + link + "\""))) {
        var matcher = Pattern.compile("suggestions:rows:(\\d+):confirm").matcher(row);
        assertThat(matcher.find()).as("a confirm button in the row").isTrue();
        return Integer.parseInt(matcher.group(1));
      }
    }
    return -1;
  }
}
