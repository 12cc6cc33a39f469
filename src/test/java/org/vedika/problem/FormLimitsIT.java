package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.account.entity.Member;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.Reply;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * A form's maxlength is the Java constant of its column (STYLE.md §5): the pages read it through
 * {@code o:importConstants}, so the numbers are written once. Read from the rendered pages.
 */
@ExtendWith(VedikaServer.class)
class FormLimitsIT {

  @Test
  void theReplyBoxTakesAsManyCharactersAsAReplyMayHave() {
    var author = Fixtures.member(Fixtures.newPhone(), "author", "05070101");
    var id =
        Fixtures.problem(author, "05070101", "NSSF_HEALTH_WORKERS", "The limits of a reply box");
    var page = new WebSession().get("/problem/" + id).body();
    assertThat(maxlength(page, "reply:text")).isEqualTo(Reply.BODY_MAX);
  }

  @Test
  void theRaiseSignupAndSearchFormsTakeTheirColumnsLengths() {
    var guest = new WebSession();
    var signup = guest.get("/signup").body();
    assertThat(maxlength(signup, "signup:login")).isEqualTo(Member.LOGIN_MAX);
    assertThat(maxlength(signup, "signup:name")).isEqualTo(Member.DISPLAY_NAME_MAX);
    assertThat(maxlength(signup, "signup:password")).isEqualTo(Member.PASSWORD_MAX);
    assertThat(maxlength(guest.get("/search").body(), "q")).isEqualTo(Problems.SEARCH_MAX);

    var member = new WebSession();
    Fixtures.signUp(member, "Limits", "05070101");
    var raise = member.get("/raise?place=05070101").body();
    assertThat(maxlength(raise, "raise:title")).isEqualTo(Problem.TITLE_MAX);
    assertThat(maxlength(raise, "raise:body")).isEqualTo(Problem.BODY_MAX);
  }

  /** The maxlength of the field with this name (an input or a text area). */
  private static int maxlength(String page, String name) {
    var field =
        Pattern.compile("<(?:input|textarea)\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
            .matcher(page);
    assertThat(field.find()).as("a field named " + name).isTrue();
    var max = Pattern.compile("\\bmaxlength=\"(\\d+)\"").matcher(field.group());
    assertThat(max.find()).as("the maxlength of " + field.group()).isTrue();
    return Integer.parseInt(max.group(1));
  }
}
