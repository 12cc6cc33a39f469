package org.vedika.i18n.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import org.vedika.i18n.control.MessageText;

/**
 * {@code h:outputFormat} written with ICU's message format ({@link MessageText}) instead of {@code
 * java.text.MessageFormat}: plural forms ("1 reply", "2 replies") and the language's digits in
 * every count a page shows. Like Mojarra's own renderer, a {@code span} only when the tag has an id
 * of its own, a style class, a style or a title; escaped unless {@code escape="false"}. Registered
 * in {@code faces-config.xml} for the component family {@code jakarta.faces.Output} and renderer
 * type {@code jakarta.faces.Format}.
 */
public class MessageFormatRenderer extends Renderer {

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context, UIComponent component) {
    // the f:param children are the pattern's arguments, read in encodeEnd
  }

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    if (!component.isRendered()) {
      return;
    }
    var value = ((ValueHolder) component).getValue();
    var pattern = value == null ? "" : value.toString();
    var arguments = new ArrayList<>();
    for (var child : component.getChildren()) {
      if (child instanceof UIParameter parameter && !parameter.isDisable()) {
        arguments.add(parameter.getValue());
      }
    }
    var text =
        arguments.isEmpty()
            ? pattern
            : MessageText.format(pattern, context.getViewRoot().getLocale(), arguments.toArray());
    var attributes = component.getAttributes();
    var styleClass = (String) attributes.get("styleClass");
    var style = (String) attributes.get("style");
    var title = (String) attributes.get("title");
    var ownId =
        component.getId() != null && !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
    var span = ownId || styleClass != null || style != null || title != null;
    var writer = context.getResponseWriter();
    if (span) {
      writer.startElement("span", component);
      if (ownId) {
        writer.writeAttribute("id", component.getClientId(context), "id");
      }
      if (styleClass != null) {
        writer.writeAttribute("class", styleClass, "styleClass");
      }
      if (style != null) {
        writer.writeAttribute("style", style, "style");
      }
      if (title != null) {
        writer.writeAttribute("title", title, "title");
      }
    }
    if (Boolean.FALSE.equals(attributes.get("escape"))) {
      writer.write(text);
    } else {
      writer.writeText(text, component, "value");
    }
    if (span) {
      writer.endElement("span");
    }
  }
}
