package org.vedika.demo.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vedika.guide.entity.GuideText;
import org.vedika.problem.entity.Category;

/**
 * The demo's first guides, read from {@code demo/guides.md} (its head comment says the format): the
 * text of each, and the demo problem a guide was written from, if any ({@code from:}).
 */
final class DemoGuides {

  static final String RESOURCE = "/demo/guides.md";

  /** A guide of the file: its text, and the key of the demo problem it came from (or null). */
  record Entry(GuideText text, String from) {}

  private DemoGuides() {}

  static List<Entry> read() {
    try (InputStream in = DemoGuides.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Entry> parse(String file) {
    var text = file.replaceAll("(?s)<!--.*?-->", "");
    var entries = new ArrayList<Entry>();
    for (var block : text.split("(?m)^@@@ guide\\s*$")) {
      if (block.isBlank()) {
        continue;
      }
      var parts = block.split("(?m)^@@ ");
      Map<String, String> header = new HashMap<>();
      for (var line : parts[0].strip().split("\n")) {
        var colon = line.indexOf(':');
        if (colon > 0) {
          header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      }
      Map<String, String> sections = new HashMap<>();
      for (var i = 1; i < parts.length; i++) {
        var newline = parts[i].indexOf('\n');
        sections.put(
            parts[i].substring(0, newline).strip(), parts[i].substring(newline + 1).strip());
      }
      entries.add(
          new Entry(
              new GuideText(
                  Category.of(header.get("category")).orElseThrow(),
                  header.get("title-km"),
                  sections.get("km"),
                  header.get("title-en"),
                  sections.get("en"),
                  sections.get("sources"),
                  LocalDate.parse(header.get("checked")),
                  Boolean.parseBoolean(header.get("review")),
                  "First version, written from the project's domain notes"),
              header.get("from")));
    }
    return entries;
  }
}
