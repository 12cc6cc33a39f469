package org.vedika.guide.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vedika.problem.entity.Category;

/**
 * What a writer typed for one version of a guide: both languages' title and body (CommonMark),
 * where its facts come from, the day they were last checked, whether a native speaker should still
 * check the Khmer, and what this version changed.
 */
public record GuideText(
    Category category,
    String titleKm,
    String bodyKm,
    String titleEn,
    String bodyEn,
    String sources,
    LocalDate checkedOn,
    boolean needsReview,
    String changeNote) {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 20_000;
  public static final int SOURCES_MAX = 4_000;
  public static final int NOTE_MAX = 300;

  public GuideText {
    titleKm = strip(titleKm);
    bodyKm = strip(bodyKm);
    titleEn = strip(titleEn);
    bodyEn = strip(bodyEn);
    sources = strip(sources);
    changeNote = strip(changeNote);
  }

  /**
   * What is wrong with it, as bundle keys of the fields (empty when it may be saved): a category, a
   * title and a body in at least one language, sources, a checked date not in the future, a change
   * note, and every field within its length.
   */
  public List<String> problems(LocalDate today) {
    var problems = new ArrayList<String>();
    if (category == null) {
      problems.add("guide.invalid.category");
    }
    if (titleKm.isEmpty() && titleEn.isEmpty()) {
      problems.add("guide.invalid.title");
    }
    if (titleKm.isEmpty() != bodyKm.isEmpty() || titleEn.isEmpty() != bodyEn.isEmpty()) {
      problems.add("guide.invalid.pair");
    }
    if (titleKm.length() > TITLE_MAX || titleEn.length() > TITLE_MAX) {
      problems.add("guide.invalid.titleSize");
    }
    if (bodyKm.length() > BODY_MAX || bodyEn.length() > BODY_MAX) {
      problems.add("guide.invalid.bodySize");
    }
    if (sources.isEmpty() || sources.length() > SOURCES_MAX) {
      problems.add("guide.invalid.sources");
    }
    if (checkedOn == null || checkedOn.isAfter(today)) {
      problems.add("guide.invalid.checkedOn");
    }
    if (changeNote.isEmpty() || changeNote.length() > NOTE_MAX) {
      problems.add("guide.invalid.note");
    }
    return problems;
  }

  private static String strip(String text) {
    return Objects.requireNonNullElse(text, "").strip().replace("\r\n", "\n");
  }
}
