package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * A hot thread is read 50 replies at a time (a page of thousands of replies exhausted the heap in
 * the big-data benchmark); a new reply lands on the last page, where its author is taken. Commune
 * 070202 belongs to this test.
 */
@ExtendWith(VedikaServer.class)
class ThreadPagingIT {

  @Test
  void aLongThreadIsPagedAndANewReplyLandsOnItsLastPage() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a hot thread", "07020201");
    var problem =
        Fixtures.problem(
            author, "07020201", "NSSF_HEALTH_WORKERS", "A very hot thread about the NSSF card");
    Fixtures.execute(
        "INSERT INTO reply (problem_id, author_id, body, created_at)"
            + " SELECT "
            + problem
            + ", "
            + author
            + ", CONCAT('Reply number ', seq, ' end'), NOW(3) - INTERVAL (200 - seq) MINUTE"
            + " FROM seq_1_to_120");
    Fixtures.execute("UPDATE problem SET reply_count = 120 WHERE id = " + problem);

    var first = new WebSession().get("/problem/" + problem).body();
    assertThat(first)
        .contains("Reply number 1 end")
        .contains("Reply number 50 end")
        .doesNotContain("Reply number 51 end")
        .contains("id=\"replies-newer\"")
        .doesNotContain("id=\"replies-older\"");
    var last = new WebSession().get("/problem/" + problem + "?page=2").body();
    assertThat(last)
        .contains("Reply number 101 end")
        .contains("Reply number 120 end")
        .doesNotContain("Reply number 100 end")
        .contains("id=\"replies-older\"")
        .doesNotContain("id=\"replies-newer\"");

    var member = new WebSession();
    Fixtures.signUp(member, "Joins the hot thread", "07020201");
    member.get("/problem/" + problem);
    var sent =
        member.submit("reply", "send", Map.of("reply:text", "A newest reply at the very end"));
    assertThat(sent.uri().getQuery()).isEqualTo("page=last");
    assertThat(sent.body())
        .contains("A newest reply at the very end")
        .contains("Reply number 120 end");
  }
}
