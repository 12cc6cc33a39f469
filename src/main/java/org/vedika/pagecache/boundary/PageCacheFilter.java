package org.vedika.pagecache.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Servlets;
import org.vedika.i18n.boundary.Language;
import org.vedika.pagecache.control.RenderedPages;
import org.vedika.pagecache.control.RenderedPages.Key;
import org.vedika.pagecache.control.RenderedPages.Page;
import org.vedika.pagecache.entity.PageTags;

/**
 * Serves a visitor's read of a kept page from memory, and keeps what such a read rendered.
 *
 * <p>Only a {@code GET} of a page {@link PageTags#ofPath} names, by someone with no session and no
 * Faces flash cookie, is served or kept; a member's request passes through and is marked {@code
 * private}. A kept page goes out gzip-compressed to a client that takes it, with an {@code ETag}
 * and {@code Cache-Control: no-cache}, so a browser or proxy may keep it but asks each time ({@code
 * 304} when unchanged); {@code Vary: Cookie} because the language and the session are cookies.
 * Declared in web.xml, right after the security headers, so a kept page gets them too.
 */
public class PageCacheFilter extends HttpFilter {

  /** Mojarra's flash cookie: a page read with it may show a one-time message. */
  static final String FLASH_COOKIE = "csfcfc";

  /** Says whether the page came from the cache ({@code hit}) or was rendered ({@code miss}). */
  public static final String HEADER = "X-Vedika-Cache";

  @Inject RenderedPages pages;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    var tags = PageTags.ofPath(path);
    if (tags.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getRemoteUser() != null || request.getSession(false) != null) {
      // a member's page: their browser may keep it, no shared cache may
      response.setHeader("Cache-Control", "private, no-cache");
      chain.doFilter(request, response);
      return;
    }
    if (!"GET".equals(request.getMethod())
        || !pages.isEnabled()
        || Servlets.getRequestCookie(request, FLASH_COOKIE) != null) {
      chain.doFilter(request, response);
      return;
    }
    var query = request.getQueryString();
    var key =
        new Key(query == null ? path : path + "?" + query, Language.of(request).getLanguage());
    var kept = pages.find(key);
    if (kept != null) {
      send(request, response, kept, "hit");
      return;
    }
    var renderedAfter = pages.now();
    var capture = new Capture(response);
    chain.doFilter(request, capture);
    var page = capture.page(tags.get());
    if (page.isPresent() && request.getSession(false) == null) {
      pages.keep(key, page.get(), renderedAfter);
      send(request, response, page.get(), "miss");
    } else {
      capture.release();
    }
  }

  private static void send(
      HttpServletRequest request, HttpServletResponse response, Page page, String how)
      throws IOException {
    response.setHeader(HEADER, how);
    response.setHeader("ETag", page.etag());
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Vary", "Cookie, Accept-Encoding");
    var known = request.getHeader("If-None-Match");
    if (known != null && Arrays.asList(known.split("\\s*,\\s*")).contains(page.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(page.contentType());
    byte[] bytes;
    if (takesGzip(request)) {
      response.setHeader("Content-Encoding", "gzip");
      bytes = page.gzip();
    } else {
      bytes = page.body();
    }
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static boolean takesGzip(HttpServletRequest request) {
    var accepted = request.getHeader("Accept-Encoding");
    return accepted != null && accepted.contains("gzip");
  }

  /**
   * The response as the page renders it, held back until the filter knows whether to keep it. An
   * error, a redirect or a cookie goes straight through and the page is not kept.
   */
  static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean passedThrough;
    private boolean setsCookie;

    Capture(HttpServletResponse response) {
      super(response);
    }

    /** The page to keep, if this response may be kept. */
    Optional<Page> page(Set<String> tags) {
      if (writer != null) {
        writer.flush();
      }
      var type = getContentType();
      if (passedThrough
          || setsCookie
          || status != SC_OK
          || type == null
          || !type.startsWith("text/html")) {
        return Optional.empty();
      }
      return Optional.of(Page.of(body.toByteArray(), type, tags));
    }

    /** Sends what was held back as it is. */
    void release() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (!passedThrough && body.size() > 0) {
        getResponse().getOutputStream().write(body.toByteArray());
      }
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      passedThrough = true;
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      passedThrough = true;
      super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      passedThrough = true;
      super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
      setsCookie = true;
      super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
      setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.addHeader(name, value);
    }

    @Override
    public void setContentLength(int len) {
      // the filter sets the length of what it sends
    }

    @Override
    public void setContentLengthLong(long len) {
      // likewise
    }

    @Override
    public void flushBuffer() {
      // held back: nothing is committed before the filter decides
    }

    @Override
    public void resetBuffer() {
      body.reset();
      super.resetBuffer();
    }

    @Override
    public void reset() {
      body.reset();
      status = SC_OK;
      super.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (passedThrough) {
        return super.getOutputStream();
      }
      if (writer != null) {
        throw new IllegalStateException("getWriter() was called");
      }
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                // memory is always ready to be written to
                try {
                  listener.onWritePossible();
                } catch (IOException e) {
                  listener.onError(e);
                }
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (passedThrough) {
        return super.getWriter();
      }
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() was called");
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(body, getCharacterEncoding()));
      }
      return writer;
    }
  }
}
