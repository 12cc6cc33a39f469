package org.vedika.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vedika.FormToken;

/**
 * One browser's worth of HTTP: its own cookies, the last page it read, and form submission the way
 * a browser without JavaScript does it (every named field of the form, plus the button pressed).
 */
public final class WebSession {

  private static final Pattern FORM =
      Pattern.compile("<form\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile(
          "<textarea\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED =
      Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]*)\"[^>]*\\bselected\\b");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"(?:jakarta.faces.ViewState|csrf)\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

  private final HttpClient client;
  private final java.util.function.UnaryOperator<String> urls;
  private HttpResponse<String> last;

  /** A session with the shared test server. */
  public WebSession() {
    this(VedikaServer::url);
  }

  /** A session with another server: {@code urls} turns a path into its absolute URL. */
  public WebSession(java.util.function.UnaryOperator<String> urls) {
    this.urls = urls;
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** GET a path of the shared server (redirects followed). */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(urls.apply(path))).GET());
  }

  /** As {@link #get(String)}, with request headers as name, value pairs. */
  public HttpResponse<String> get(String path, String... headers) {
    var request = HttpRequest.newBuilder(URI.create(urls.apply(path))).GET();
    for (var i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /**
   * Submits the form with this id from the last page read: its fields (inputs, text areas, selected
   * options) as they are, overridden by {@code fields} (full field names, e.g. {@code
   * "login:name"}), and the button {@code formId:button}.
   */
  public HttpResponse<String> submit(String formId, String button, Map<String, String> fields) {
    return submit(formId, button, fields, null, false);
  }

  /**
   * As {@link #submit}, but with the view state replaced — by {@code viewState}, or left out when
   * it is null: the request a cross-site forger could build (they cannot read the member's own).
   */
  public HttpResponse<String> forge(
      String formId, String button, Map<String, String> fields, String viewState) {
    return submit(formId, button, fields, viewState, true);
  }

  private HttpResponse<String> submit(
      String formId, String button, Map<String, String> fields, String viewState, boolean forged) {
    var form = form(formId);
    var values = new LinkedHashMap<String, String>();
    var inputs = INPUT.matcher(form.body);
    while (inputs.find()) {
      var attributes = attributes(inputs.group());
      var type = attributes.getOrDefault("type", "text");
      if (attributes.containsKey("name") && !type.equals("submit") && !type.equals("checkbox")) {
        values.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
      }
    }
    var textareas = TEXTAREA.matcher(form.body);
    while (textareas.find()) {
      values.put(textareas.group(1), unescape(textareas.group(2)));
    }
    var selects = SELECT.matcher(form.body);
    while (selects.find()) {
      var selected = SELECTED.matcher(selects.group(2));
      if (selected.find()) {
        values.put(selects.group(1), unescape(selected.group(1)));
      }
    }
    values.putAll(fields);
    values.put(formId + ":" + button, button);
    if (forged) {
      // a Faces form's secret is its view state; a plain form's, the session's token (FormToken)
      var secret =
          values.containsKey(FormToken.FIELD) ? FormToken.FIELD : "jakarta.faces.ViewState";
      values.remove(secret);
      if (viewState != null) {
        values.put(secret, viewState);
      }
    }
    return post(form.action, values);
  }

  /** POST form fields to a path as a browser would. */
  public HttpResponse<String> post(String path, Map<String, String> values) {
    return post(path, values, new String[0]);
  }

  /** As {@link #post(String, Map)}, with request headers as name, value pairs. */
  public HttpResponse<String> post(String path, Map<String, String> values, String... headers) {
    var body =
        values.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(urls.apply(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (last != null) {
      // as a browser does for a form of the same site (Referrer-Policy same-origin)
      request.header("Referer", last.uri().toString());
    }
    for (var i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public HttpResponse<String> last() {
    return last;
  }

  /** Goes back to a page read earlier, as a browser's back button does: its forms are used next. */
  public void back(HttpResponse<String> page) {
    last = page;
  }

  /** Whether the last page read has a form with this id. */
  public boolean hasForm(String formId) {
    return find(formId).isPresent();
  }

  /** The view state of the last page read (from any of its forms), or null when it has none. */
  public String pageViewState() {
    var matcher = VIEW_STATE.matcher(last.body());
    return matcher.find() ? unescape(matcher.group(1)) : null;
  }

  /**
   * Posts to {@code path} a form that the last page read does not show — as someone who saw it
   * elsewhere would — with that page's own view state (valid for this session), the fields and the
   * button: the most a member without the right to act could send.
   */
  public HttpResponse<String> postUnshown(
      String path, String formId, String button, Map<String, String> fields) {
    var values = new LinkedHashMap<String, String>();
    values.put(formId, formId);
    values.putAll(fields);
    values.put(formId + ":" + button, button);
    var viewState = pageViewState();
    if (viewState != null) {
      values.put("jakarta.faces.ViewState", viewState);
    }
    return post(path, values);
  }

  /** The value of the hidden view-state field of the last page's form. */
  public String viewState(String formId) {
    var matcher = VIEW_STATE.matcher(form(formId).body);
    return matcher.find() ? unescape(matcher.group(1)) : null;
  }

  private record Form(String action, String body) {}

  private Form form(String formId) {
    return find(formId)
        .orElseThrow(
            () ->
                new AssertionError(
                    "No form " + formId + " on " + last.uri() + ":\n" + last.body()));
  }

  private Optional<Form> find(String formId) {
    var forms = FORM.matcher(last.body());
    while (forms.find()) {
      if (forms.group(1).equals(formId)) {
        var tag = last.body().substring(forms.start(), last.body().indexOf('>', forms.start()));
        Matcher action = ACTION.matcher(tag);
        return Optional.of(
            new Form(action.find() ? unescape(action.group(1)) : "/", forms.group(2)));
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> attributes(String tag) {
    var attributes = new LinkedHashMap<String, String>();
    var matcher = ATTRIBUTE.matcher(tag);
    while (matcher.find()) {
      attributes.putIfAbsent(matcher.group(1), matcher.group(2));
    }
    return attributes;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    var built = request.timeout(Duration.ofSeconds(60)).build();
    try {
      try {
        last = client.send(built, HttpResponse.BodyHandlers.ofString());
      } catch (IOException closedKeepAlive) {
        // the server closed a pooled keep-alive connection just as it was reused: the request never
        // reached Vedika, so sending it once more is what a browser does too
        last = client.send(built, HttpResponse.BodyHandlers.ofString());
      }
      return last;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
