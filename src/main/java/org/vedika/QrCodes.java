package org.vedika;

import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * QR codes as inline SVG (Nayuki's qrcodegen), for the pages printed for a commune office's notice
 * board: a villager without the link scans the paper and lands on the page. {@code #{qr.of(path)}}
 * encodes the page's public address ({@code vedika.public-url} and the path).
 */
@Named("qr")
@ApplicationScoped
public class QrCodes {

  @Inject
  @ConfigProperty(name = "vedika.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The public address of a path of the application ({@code /workshop/5}). */
  public String address(String path) {
    return publicUrl.replaceAll("/+$", "") + path;
  }

  /** The QR code of the path's public address, as an SVG element. */
  public String of(String path) {
    return svg(address(path), "qr");
  }

  /**
   * A QR code of the text as an SVG element: one path of dark modules, a quiet zone of four, medium
   * error correction (a notice pinned outdoors gets creased and stained).
   */
  public static String svg(String text, String id) {
    var code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    var border = 4;
    var size = code.size + 2 * border;
    var path = new StringBuilder(code.size * code.size * 4);
    for (var y = 0; y < code.size; y++) {
      for (var x = 0; x < code.size; x++) {
        if (code.getModule(x, y)) {
          path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\""
        + id
        + "\" class=\"qr\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\""
        + text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
        + "\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
        + path
        + "\" fill=\"#000\"/></svg>";
  }
}
