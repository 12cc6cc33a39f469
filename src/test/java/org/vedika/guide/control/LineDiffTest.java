package org.vedika.guide.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vedika.guide.control.LineDiff.Kind;
import org.vedika.guide.control.LineDiff.Line;

class LineDiffTest {

  @Test
  void keptRemovedAndAddedLinesInOrder() {
    assertThat(LineDiff.of("a\nb\nc", "a\nB\nc\nd"))
        .containsExactly(
            new Line(Kind.KEPT, "a"),
            new Line(Kind.REMOVED, "b"),
            new Line(Kind.ADDED, "B"),
            new Line(Kind.KEPT, "c"),
            new Line(Kind.ADDED, "d"));
  }

  @Test
  void aFirstVersionIsAllAdded() {
    assertThat(LineDiff.of("", "x\ny"))
        .containsExactly(new Line(Kind.ADDED, "x"), new Line(Kind.ADDED, "y"));
    assertThat(LineDiff.changed(LineDiff.of("same", "same"))).isFalse();
    assertThat(LineDiff.changed(List.of(new Line(Kind.ADDED, "x")))).isTrue();
  }

  @Test
  void veryLongTextsAreComparedWhole() {
    var longText = "x\n".repeat(LineDiff.MAX_LINES + 1);
    assertThat(LineDiff.of(longText, "y")).hasSize(LineDiff.MAX_LINES + 3);
  }
}
