package org.vedika.guide.control;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A guide's CommonMark as HTML, safe to put in a page: raw HTML in the text is shown as text, never
 * as markup ({@code escapeHtml}), and a link or image to anything but {@code http}, {@code https},
 * {@code mailto} or a relative address loses its target ({@code sanitizeUrls}: no {@code
 * javascript:}, no {@code data:}). A bare web address becomes a link (the autolink extension).
 * Links to other sites open as {@code rel="nofollow noopener"}. Images are turned into their alt
 * text's link: a guide stays light on a slow phone.
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
          .softbreak("<br>\n")
          .attributeProviderFactory(context -> new ExternalLinks())
          .nodeRendererFactory(ImagesAsLinks::new)
          .build();

  private Markdown() {}

  public static String html(String markdown) {
    Node document = PARSER.parse(markdown == null ? "" : markdown);
    return RENDERER.render(document);
  }

  private static final class ExternalLinks implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link && attributes.getOrDefault("href", "").startsWith("http")) {
        attributes.put("rel", "nofollow noopener");
      }
    }
  }
}
