package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The most read pages only read, and reading starts no transaction: with one, every native query is
 * wrapped in a transaction's begin and commit — round trips to MariaDB on every view (a member's
 * problem page once sent 62 statements for 13 reads). Counted on MariaDB's own {@code Com_commit}
 * and {@code Com_xa_start} (transactions are local since the pool is not XA; both are counted so
 * the test holds either way). The background aggregation commits every two seconds here, so the
 * test holds its lock while it counts, as another node would (on a slow machine a page could
 * otherwise overlap a run on every try), and a page is still given three tries to show none. A
 * vote, which writes, is seen to count: the test can tell.
 */
@ExtendWith(VedikaServer.class)
class ReadsWithoutTransactionsIT {

  @Test
  void aMemberReadingAProblemTheyVotedOnAndFollowStartsNoTransaction() {
    var reader = new WebSession();
    Fixtures.signUp(reader, "Reader who votes", "07030701");
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "07030701");
    var problem =
        Fixtures.problem(
            author,
            "07030701",
            "IDPOOR_REGISTRATION",
            "Equity card renewal lost at the commune office");
    reader.get("/problem/" + problem);
    var before = transactions();
    reader.submit("vote", "cast", Map.of());
    assertThat(transactions() - before)
        .as("a vote is a transaction, and it is counted")
        .isPositive();
    assertThat(reader.get("/problem/" + problem).body()).contains("id=\"follow:unfollow\"");

    assertThat(transactionsStartedBy(() -> reader.get("/problem/" + problem))).isZero();
  }

  @Test
  void aPolicymakerReadingTheDashboardStartsNoTransaction() {
    var policymaker = Fixtures.withRole("Policymaker reading", "07030701", "POLICYMAKER", "07");
    assertThat(policymaker.get("/dashboard").statusCode()).isEqualTo(200);

    assertThat(transactionsStartedBy(() -> policymaker.get("/dashboard"))).isZero();
  }

  /**
   * The fewest transactions MariaDB saw while the page was read, of three tries, with the
   * aggregation's lock held so that no background run commits meanwhile.
   */
  private static long transactionsStartedBy(Runnable read) {
    try (var connection = VedikaServer.database().connect()) {
      try (var lock = connection.prepareStatement("SELECT GET_LOCK('vedika.dashboard', 30)");
          var taken = lock.executeQuery()) {
        taken.next();
        assertThat(taken.getInt(1)).as("the aggregation's lock").isEqualTo(1);
      }
      var fewest = Long.MAX_VALUE;
      for (var attempt = 0; attempt < 3 && fewest > 0; attempt++) {
        var before = transactions();
        read.run();
        fewest = Math.min(fewest, transactions() - before);
      }
      return fewest;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } // the connection closes: the lock is released
  }

  private static long transactions() {
    return Long.parseLong(
        Fixtures.text(
            "SELECT CAST(SUM(VARIABLE_VALUE) AS UNSIGNED) FROM information_schema.GLOBAL_STATUS"
                + " WHERE VARIABLE_NAME IN ('COM_XA_START', 'COM_COMMIT')"));
  }
}
