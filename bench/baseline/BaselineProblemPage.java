import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.DriverManager;

/**
 * The benchmark's baseline (bench/run; never shipped): the problem page as a plain servlet — the
 * same reads as Vedika's page (the published problem with its author and place, the first 50
 * visible replies with their authors, the official answers) written as HTML by hand with the same
 * escaping, no framework. {@code GET /problem/{id}}.
 */
@WebServlet("/problem/*")
public class BaselineProblemPage extends HttpServlet {

  /**
   * The simplest pool there is: 16 connections in a queue, taken for a request and put back (one
   * that failed is closed and replaced). One per request thread would open more connections than
   * MariaDB allows next to Vedika's own pool.
   */
  private static final int CONNECTIONS = 16;

  private static final java.util.concurrent.BlockingQueue<Connection> POOL =
      new java.util.concurrent.ArrayBlockingQueue<>(CONNECTIONS);

  private static final java.util.concurrent.atomic.AtomicInteger OPENED = new java.util.concurrent.atomic.AtomicInteger();

  private static Connection take() throws SQLException {
    var c = POOL.poll();
    if (c != null) {
      return c;
    }
    for (var opened = OPENED.get(); opened < CONNECTIONS; opened = OPENED.get()) {
      if (OPENED.compareAndSet(opened, opened + 1)) {
        try {
          Class.forName("org.mariadb.jdbc.Driver"); // in WEB-INF/lib: register it with DriverManager
          return DriverManager.getConnection(System.getenv("DB_URL"), "root", "");
        } catch (ClassNotFoundException | SQLException e) {
          OPENED.decrementAndGet();
          throw e instanceof SQLException sql ? sql : new SQLException(e);
        }
      }
    }
    try {
      return POOL.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo().substring(1));
    } catch (RuntimeException e) {
      response.sendError(404);
      return;
    }
    var html = new StringBuilder(16_384);
    Connection c = null;
    try {
      c = take();
      try (var p = c.prepareStatement(
          "SELECT p.title, p.body, p.status, p.vote_count, p.reply_count, p.created_at, m.display_name,"
              + " pl.name_km, pl.type_km FROM problem p JOIN member m ON m.id = p.author_id"
              + " JOIN place pl ON pl.code = p.place_code WHERE p.id = ? AND p.moderation = 'VISIBLE'")) {
        p.setLong(1, id);
        try (var r = p.executeQuery()) {
          if (!r.next()) {
            response.sendError(404);
            return;
          }
          html.append("<!DOCTYPE html><html lang=\"km\"><head><meta charset=\"utf-8\"/>")
              .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
              .append(escape(r.getString(1))).append(" · វេទិកា</title><link rel=\"stylesheet\" href=\"/vedika.css\"/>")
              .append("</head><body><header class=\"bar\"><a class=\"brand\" href=\"/\">វេទិកា</a></header><main>")
              .append("<p class=\"crumbs\">").append(escape(r.getString(9) + r.getString(8))).append("</p>")
              .append("<h1 id=\"title\">").append(escape(r.getString(1))).append("</h1>")
              .append("<p class=\"meta\">").append(escape(r.getString(7))).append(" · ").append(r.getTimestamp(6))
              .append(" · ").append(escape(r.getString(3))).append("</p>")
              .append("<div class=\"body\">").append(escape(r.getString(2)).replace("\n", "<br/>")).append("</div>")
              .append("<form method=\"post\" class=\"vote\"><span class=\"vote-count\">").append(r.getInt(4))
              .append(" នាក់រងផលប៉ះពាល់</span><button type=\"submit\">ខ្ញុំក៏រងផលប៉ះពាល់ដែរ</button></form>")
              .append("<h2 id=\"replies\">ចម្លើយ ").append(r.getInt(5)).append("</h2><ol class=\"thread\">");
        }
      }
      try (var p = c.prepareStatement(
          "SELECT r.id, r.body, r.official, r.created_at, m.display_name FROM reply r JOIN member m ON m.id = r.author_id"
              + " WHERE r.problem_id = ? AND r.moderation = 'VISIBLE' AND r.deleted = FALSE"
              + " ORDER BY r.created_at, r.id LIMIT 51")) {
        p.setLong(1, id);
        try (var r = p.executeQuery()) {
          var shown = 0;
          while (r.next() && shown++ < 50) {
            html.append("<li id=\"reply-").append(r.getLong(1)).append("\" class=\"reply")
                .append(r.getBoolean(3) ? " official" : "").append("\"><p class=\"meta\">")
                .append(escape(r.getString(5))).append(" · ").append(r.getTimestamp(4)).append("</p><div>")
                .append(escape(r.getString(2)).replace("\n", "<br/>")).append("</div></li>");
          }
        }
      }
      html.append("</ol><form method=\"post\" class=\"reply-form\"><textarea name=\"text\" rows=\"4\"></textarea>")
          .append("<button type=\"submit\">ផ្ញើ</button></form></main></body></html>");
    } catch (SQLException e) {
      log("the baseline's read failed", e);
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // it is being replaced
        }
        OPENED.decrementAndGet();
        c = null;
      }
      response.sendError(503);
      return;
    } finally {
      if (c != null) {
        POOL.offer(c);
      }
    }
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(html.toString());
  }

  static String escape(String text) {
    var out = new StringBuilder(text.length() + 16);
    for (var i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

}
