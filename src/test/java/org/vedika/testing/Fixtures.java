package org.vedika.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.vedika.problem.control.HotRank;
import org.vedika.search.control.SearchText;

/**
 * Test data through the front door (sign-up and login forms) or, for bulk, straight into MariaDB.
 */
public final class Fixtures {

  public static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger PHONES =
      new AtomicInteger((int) (System.nanoTime() % 1_000_000));
  private static volatile String passwordHash;

  private Fixtures() {}

  /** A phone login no other test uses: 097 + 7 digits. */
  public static String newPhone() {
    return String.format("097%07d", PHONES.incrementAndGet() % 10_000_000);
  }

  /** Signs up through {@code /signup} and stays logged in; returns the login. */
  public static String signUp(WebSession session, String name, String village) {
    var login = newPhone();
    session.get("/signup");
    var response =
        session.submit(
            "signup",
            "submit",
            Map.of(
                "signup:login", login,
                "signup:name", name,
                "signup:password", PASSWORD,
                "signup:villageText", village,
                "signup:village", village));
    assertThat(response.body()).as("signed up and logged in").contains("id=\"member-name\"");
    return login;
  }

  public static void logIn(WebSession session, String login, String password) {
    session.get("/login");
    session.submit("login", "submit", Map.of("login:name", login, "login:password", password));
  }

  /** A member inserted directly, with a real 600,000-iteration hash of {@link #PASSWORD}. */
  public static long member(String login, String name, String village) {
    var hash = passwordHash();
    // a new member shows on no visitor's page: no page changed
    return write(
        "INSERT INTO member (login, display_name, password_hash, home_village) VALUES (?, ?, ?, ?)",
        login,
        name,
        hash,
        village);
  }

  /** Grants a role over a place (null: the whole country), as an admin would. */
  public static void grant(long memberId, String role, String placeCode) {
    // a role shows on no visitor's page: no page changed
    write(
        "INSERT INTO role_grant (member_id, role, place_code) VALUES ("
            + memberId
            + ", '"
            + role
            + "', "
            + (placeCode == null ? "NULL" : "'" + placeCode + "'")
            + ")");
  }

  /** Raises a problem through {@code /raise} as the session's member; returns its id. */
  public static long raise(
      WebSession session, String place, String title, String body, String category) {
    session.get("/raise?place=" + place);
    session.submit(
        "raise",
        "submit",
        Map.of("raise:title", title, "raise:body", body, "raise:category", category));
    return Long.parseLong(session.last().uri().getPath().substring("/problem/".length()));
  }

  /** A new member holding a role over a place, logged in: the session they browse with. */
  public static WebSession withRole(String name, String village, String role, String place) {
    return person(name, village, role, place).session();
  }

  /** A member and their logged-in session. */
  public record Person(long id, WebSession session) {}

  /** A new member living in {@code village}, granted {@code role} (none if null), logged in. */
  public static Person person(String name, String village, String role, String place) {
    var login = newPhone();
    var id = member(login, name, village);
    if (role != null) {
      grant(id, role, place);
    }
    var session = new WebSession();
    logIn(session, login, PASSWORD);
    return new Person(id, session);
  }

  /** A published problem inserted directly (for lists and counts), hot score included. */
  public static long problem(long authorId, String place, String category, String title) {
    return problem(
        authorId,
        place,
        category,
        title,
        "Body of " + title + ", long enough to be a description.");
  }

  /** As above, with its description; searchable like one raised through the page. */
  public static long problem(
      long authorId, String place, String category, String title, String body) {
    var id =
        write(
            "INSERT INTO problem (place_code, commune_code, district_code, province_code, title, body,"
                + " category, author_id, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            place,
            place.substring(0, 6),
            place.substring(0, 4),
            place.substring(0, 2),
            title,
            body,
            category,
            authorId,
            SearchText.index(title + "\n" + body));
    write("UPDATE problem SET hot = " + HotRank.SQL + " WHERE id = " + id);
    pagesChanged();
    return id;
  }

  /** A public reply inserted directly, counted on its problem. */
  public static long reply(long authorId, long problemId, String body) {
    var id =
        write(
            "INSERT INTO reply (problem_id, author_id, body) VALUES (?, ?, ?)",
            problemId,
            authorId,
            body);
    write("UPDATE problem SET reply_count = reply_count + 1 WHERE id = " + problemId);
    pagesChanged();
    return id;
  }

  public static long count(String sql, Object... parameters) {
    try (var connection = VedikaServer.database().connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The count of a query once it is above zero, or zero after {@code seconds}: for what the server
   * does in the background (suggestions made after a commit, the periodic pass).
   */
  public static long countWithin(int seconds, String sql, Object... parameters)
      throws InterruptedException {
    var deadline = System.nanoTime() + seconds * 1_000_000_000L;
    var count = count(sql, parameters);
    while (count == 0 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      count = count(sql, parameters);
    }
    return count;
  }

  public static String text(String sql, Object... parameters) {
    try (var connection = VedikaServer.database().connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A statement written straight to the database, as another node would: see {@link #pagesChanged}.
   */
  public static void execute(String sql) {
    try (var connection = VedikaServer.database().connect();
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (!sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6)) {
      pagesChanged();
    }
  }

  /**
   * A write straight to the database bypasses the owners' change events, as a write on another node
   * would: like that node, the fixture logs a change of every page ({@code page_change}, tags
   * {@code *}), and waits until the server has read it ({@code vedika_pagecache_change_applied} in
   * /metrics), so no page kept before the write is served after it.
   */
  public static void pagesChanged() {
    var id = write("INSERT INTO page_change (node, tags) VALUES ('fixtures', '*')");
    var deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (appliedChange() < id) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The server did not read page change " + id + " in 20 s");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static final java.util.regex.Pattern APPLIED =
      java.util.regex.Pattern.compile(
          "(?m)^\\w*vedika_pagecache_change_applied(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)");

  private static long appliedChange() {
    var value = APPLIED.matcher(Http.get(VedikaServer.url("/metrics?scope=application")).body());
    return value.find() ? (long) Double.parseDouble(value.group(1)) : -1;
  }

  /**
   * One member signed up through the form lends its hash to the bulk members: hashing is slow on
   * purpose.
   */
  private static String passwordHash() {
    if (passwordHash == null) {
      synchronized (Fixtures.class) {
        if (passwordHash == null) {
          var login = signUp(new WebSession(), "Hash donor", "05070101");
          passwordHash = text("SELECT password_hash FROM member WHERE login = ?", login);
        }
      }
    }
    return passwordHash;
  }

  /**
   * A published guide inserted directly (written by one member, published by another): its id,
   * found by search from its titles and Khmer text.
   */
  public static long guide(
      long writer, long publisher, String category, String titleKm, String bodyKm, String titleEn) {
    var guide =
        write(
            "INSERT INTO guide (category, created_by, search_text) VALUES (?, ?, ?)",
            category,
            writer,
            org.vedika.search.control.SearchText.index(titleKm + "\n" + bodyKm + "\n" + titleEn));
    var version =
        write(
            "INSERT INTO guide_version (guide_id, number, category, title_km, title_en, body_km,"
                + " body_en, sources, checked_on, change_note, written_by, published_by,"
                + " published_at) VALUES (?, 1, ?, ?, ?, ?, ?, 'https://example.org/source',"
                + " CURDATE() - INTERVAL 1 DAY, 'First version', ?, ?, NOW(3))",
            guide,
            category,
            titleKm,
            titleEn,
            bodyKm,
            titleEn.isEmpty() ? "" : "Text of " + titleEn,
            writer,
            publisher);
    execute(
        "UPDATE guide SET published_version = "
            + version
            + ", published_at = NOW(3) WHERE id = "
            + guide);
    pagesChanged();
    return guide;
  }

  /** An insert straight to the database, its generated key: see {@link #pagesChanged}. */
  public static long insert(String sql, Object... parameters) {
    var id = write(sql, parameters);
    pagesChanged();
    return id;
  }

  private static long write(String sql, Object... parameters) {
    try (var connection = VedikaServer.database().connect();
        var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      try (var keys = statement.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0; // an UPDATE has no key
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
