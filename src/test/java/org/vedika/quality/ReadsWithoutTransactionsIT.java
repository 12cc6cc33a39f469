package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The most read pages only read, and reading starts no transaction: with one, every native query
 * is wrapped in an XA start, end and commit — four round trips to MariaDB instead of one (a
 * member's problem page once sent 62 statements for 13 reads). Counted on MariaDB's own
 * {@code Com_xa_start}; the background aggregation may start one of its own meanwhile, so a page
 * is given three tries to show none.
 */
@ExtendWith(VedikaServer.class)
class ReadsWithoutTransactionsIT {

  @Test
  void aMemberReadingAProblemTheyVotedOnAndFollowStartsNoTransaction() {
    var reader = new WebSession();
    Fixtures.signUp(reader, "Reader who votes", "07030701");
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "07030701");
    var problem = Fixtures.problem(author, "07030701", "IDPOOR_REGISTRATION", "Equity card renewal lost at the commune office");
    reader.get("/problem/" + problem);
    reader.submit("vote", "cast", Map.of());
    assertThat(reader.get("/problem/" + problem).body()).contains("id=\"vote:unfollow\"");

    assertThat(transactionsStartedBy(() -> reader.get("/problem/" + problem))).isZero();
  }

  @Test
  void aPolicymakerReadingTheDashboardStartsNoTransaction() {
    var policymaker = Fixtures.withRole("Policymaker reading", "07030701", "POLICYMAKER", "07");
    assertThat(policymaker.get("/dashboard").statusCode()).isEqualTo(200);

    assertThat(transactionsStartedBy(() -> policymaker.get("/dashboard"))).isZero();
  }

  /** The fewest XA transactions MariaDB saw begin while the page was read, of three tries. */
  private static long transactionsStartedBy(Runnable read) {
    var fewest = Long.MAX_VALUE;
    for (var attempt = 0; attempt < 3 && fewest > 0; attempt++) {
      var before = xaStarts();
      read.run();
      fewest = Math.min(fewest, xaStarts() - before);
    }
    return fewest;
  }

  private static long xaStarts() {
    return Long.parseLong(Fixtures.text(
        "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_XA_START'"));
  }
}
