package org.vedika.problem.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.Entities.withId;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vedika.account.entity.Member;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceLevel;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.Reply;

class RenderedThreadsTest {

  private static final Locale KHMER = Locale.forLanguageTag("km");
  private static final Member AUTHOR =
      withId(new Member("012345001", "Sokha <b>& co</b>", "hash", "05070101"), 1L);
  private static final Problem PROBLEM =
      withId(
          new Problem(
              new Place(
                  "05070101", PlaceLevel.VILLAGE, "ភូមិ", "Phum", "អំពិលផ្អែម", "Ampil Ph'aem"),
              AUTHOR,
              "The hospital refused my NSSF card",
              "Body of the problem.",
              Category.NSSF_HEALTH_WORKERS),
          42L);

  private RenderedThreads threads;
  private final AtomicInteger reads = new AtomicInteger();

  @BeforeEach
  void setUp() {
    threads = new RenderedThreads();
    threads.enabled = true;
    threads.maxMegabytes = 1;
    threads.ttlSeconds = 60;
    threads.init();
  }

  private List<Reply> read() {
    reads.incrementAndGet();
    return List.of(withId(new Reply(PROBLEM, AUTHOR, "See www.nssf.gov.kh <now>", true), 7L));
  }

  @Test
  void aThreadIsReadOncePerChangeAndLanguage() {
    threads.page(42, 0, KHMER, null, this::read);
    threads.page(42, 0, KHMER, null, this::read);
    assertThat(reads).hasValue(1);
    threads.page(42, 0, Locale.ENGLISH, null, this::read);
    threads.page(42, 1, KHMER, null, this::read);
    assertThat(reads).as("another language, another page").hasValue(3);

    threads.forget(42);
    threads.page(42, 0, KHMER, null, this::read);
    assertThat(reads).as("changed: read again").hasValue(4);
    threads.page(43, 0, KHMER, null, this::read);
    threads.forget(42);
    threads.page(43, 0, KHMER, null, this::read);
    assertThat(reads).as("another problem's change leaves it kept").hasValue(5);

    threads.forgetAll();
    threads.page(43, 0, KHMER, null, this::read);
    assertThat(reads).hasValue(6);
  }

  @Test
  void aThreadReadWhileItChangedIsNotKeptForLater() {
    threads.page(
        42,
        0,
        KHMER,
        null,
        () -> {
          var rows = read();
          threads.forget(42); // a change commits while the rows are being read
          return rows;
        });
    threads.page(42, 0, KHMER, null, this::read);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aRowIsEscapedMarkupInTheReadersLanguage() {
    var row = threads.page(42, 0, KHMER, null, this::read).get(0);
    var html = row.meta("១ ថ្ងៃមុន") + row.getBody();
    assertThat(html)
        .contains("<strong class=\"author\">Sokha &lt;b&gt;&amp; co&lt;/b&gt;</strong>")
        .contains("<span class=\"badge\">ចម្លើយផ្លូវការ</span>")
        .contains(">១ ថ្ងៃមុន</time>")
        .contains("href=\"https://www.nssf.gov.kh\"")
        .contains("&lt;now&gt;")
        .doesNotContain("<b>")
        .doesNotContain("<now>");
    assertThat(threads.page(42, 0, Locale.ENGLISH, null, this::read).get(0).meta("1 day ago"))
        .contains("Official answer");
    assertThat(row.editableBy(1L, Instant.now())).isTrue();
    assertThat(row.editableBy(2L, Instant.now())).isFalse();
    assertThat(row.editableBy(1L, Instant.now().plus(Reply.EDIT_WINDOW))).isFalse();
  }

  private KeptProblem readProblem() {
    reads.incrementAndGet();
    return new KeptProblem(PROBLEM, List.of(), List.of(), List.of(), Set.of(9L), null, List.of());
  }

  @Test
  void aProblemIsReadOncePerChangeAndAnUnknownOneIsNotKept() {
    var kept = threads.problem(42, this::readProblem);
    assertThat(threads.problem(42, this::readProblem)).isSameAs(kept);
    assertThat(reads).hasValue(1);
    assertThat(kept.hasRepliesWaiting(9L)).isTrue();
    assertThat(kept.hasRepliesWaiting(1L)).isFalse();

    threads.forget(42);
    threads.problem(42, this::readProblem);
    assertThat(reads).as("changed: read again").hasValue(2);

    threads.forget(42);
    threads.problem(
        42,
        () -> {
          var read = readProblem();
          threads.forget(42); // a change commits while the problem is being read
          return read;
        });
    threads.problem(42, this::readProblem);
    assertThat(reads).as("read during a change: not kept").hasValue(4);

    assertThat(threads.problem(44, () -> null)).as("none, hidden or unpublished").isNull();
    threads.problem(44, this::readProblem);
    assertThat(reads).hasValue(5);
  }
}
