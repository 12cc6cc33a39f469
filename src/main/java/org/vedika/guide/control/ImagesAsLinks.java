package org.vedika.guide.control;

import java.util.LinkedHashMap;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** An image in a guide becomes a link to it, named by its alt text: nothing loads by itself. */
final class ImagesAsLinks implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  ImagesAsLinks(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Image.class);
  }

  @Override
  public void render(Node node) {
    var image = (Image) node;
    var alt = new StringBuilder();
    for (var child = image.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        alt.append(text.getLiteral());
      }
    }
    // a link now: sanitised as links are (the renderer's sanitiser: no javascript:, no data:)
    var url = context.encodeUrl(context.urlSanitizer().sanitizeLinkUrl(image.getDestination()));
    var own = new LinkedHashMap<String, String>();
    own.put("href", url);
    own.put("rel", "nofollow noopener");
    var attributes = context.extendAttributes(node, "a", own);
    html.tag("a", attributes);
    html.text(alt.isEmpty() ? url : alt.toString());
    html.tag("/a");
  }
}
