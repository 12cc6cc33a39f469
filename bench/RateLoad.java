import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A constant-rate (open-model, wrk2-style) load generator for bench/run, with nothing but the JDK:
 * requests leave on a fixed schedule whether or not earlier ones have come back, and each latency
 * is measured from when its request was due — so a slow server cannot hide its queueing by slowing
 * the generator down (coordinated omission).
 *
 * <pre>
 *   java bench/RateLoad.java get URL RATE SECONDS [COOKIE]    GETs at RATE per second (COOKIE: one
 *        session's, or several separated by '|', taken in turn), after -Dwarmup=5 seconds of the
 *        same that are not counted
 *   java bench/RateLoad.java vote BASE PROBLEM RATE LOGINS PASSWORD
 *        logs in every member of the file LOGINS (one login per line), opens the problem page as
 *        each, then has each cast their vote — RATE votes per second, all on one problem; the
 *        first -Dwarmup=5 seconds' votes (at most half the members) are cast first and not counted
 *   java bench/RateLoad.java hash PASSWORD ITERATIONS           a stored password hash
 *   java -cp mariadb-java-client.jar bench/RateLoad.java mixed BASE RATE SECONDS JDBC EVENTS
 *        the cluster's fault test (bench/cluster fault): RATE requests per second for SECONDS of
 *        anonymous reads, members' reads, votes and replies; then checks every acknowledged write
 *        in the database at JDBC and reports errors around the times in the file EVENTS
 * </pre>
 *
 * At most {@code -Dconnections=50} requests are in flight, as with wrk2's fixed connections: a
 * request whose turn comes while all are busy waits for one, and that wait counts in its latency.
 *
 * <p>Prints {@code RESULT throughput p50 p95 p99 errors} (milliseconds), as bench/run's wrk script
 * does, and to standard error the answers by HTTP status (0: no answer).
 */
public class RateLoad {

  static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(4))
      .build();
  static final java.util.concurrent.Semaphore IN_FLIGHT =
      new java.util.concurrent.Semaphore(Integer.getInteger("connections", 50));
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
  static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "get" -> {
        // COOKIES: one session's cookie, or several separated by '|' (requests take them in turn)
        var cookies = args.length > 4 ? args[4].split("\\|") : new String[] {null};
        var built = new HttpRequest[cookies.length];
        for (var c = 0; c < cookies.length; c++) {
          var request = HttpRequest.newBuilder(URI.create(args[1])).header("Accept-Encoding", "gzip");
          if (cookies[c] != null) {
            request.header("Cookie", cookies[c]);
          }
          built[c] = request.GET().build();
        }
        var rate = Double.parseDouble(args[2]);
        // the same schedule for -Dwarmup seconds first, not counted: this JVM's own compiler and
        // connections come up there, not in the measured requests' latencies (wrk warms up too)
        run(rate, (int) (rate * Integer.getInteger("warmup", 5)), i -> built[i % built.length], 200);
        report(run(rate, (int) (rate * Integer.parseInt(args[3])), i -> built[i % built.length], 200));
      }
      case "vote" -> vote(args[1], args[2], Double.parseDouble(args[3]), Files.readAllLines(Path.of(args[4])), args[5]);
      case "hash" -> System.out.println(hash(args[1], Integer.parseInt(args[2])));
      case "mixed" -> Mixed.run(args[1], Double.parseDouble(args[2]), Integer.parseInt(args[3]), args[4], Path.of(args[5]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  /** A request due at a time, and the status that counts as success. */
  interface Requests {
    HttpRequest get(int index);
  }

  record Outcome(long[] latenciesNanos, int errors, double seconds, Map<Integer, Integer> statuses) {}

  /** Sends {@code count} requests at {@code rate} per second; latency counted from each one's due time. */
  static Outcome run(double rate, int count, Requests requests, int success) throws InterruptedException {
    var latencies = new long[count];
    var errors = new AtomicInteger();
    var statuses = new java.util.concurrent.ConcurrentSkipListMap<Integer, Integer>();
    var done = new CountDownLatch(count);
    var period = (long) (1e9 / rate);
    var start = System.nanoTime() + 50_000_000L;
    var last = new long[] {start};
    for (var i = 0; i < count; i++) {
      var due = start + i * period;
      var wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      var index = i;
      IN_FLIGHT.acquire();
      CLIENT.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
        IN_FLIGHT.release();
        var now = System.nanoTime();
        latencies[index] = now - due;
        if (failure != null || response.statusCode() != success) {
          errors.incrementAndGet();
        }
        statuses.merge(failure != null ? 0 : response.statusCode(), 1, Integer::sum);
        synchronized (last) {
          last[0] = Math.max(last[0], now);
        }
        done.countDown();
      });
    }
    done.await(10, TimeUnit.MINUTES);
    return new Outcome(latencies, errors.get(), (last[0] - start) / 1e9, statuses);
  }

  static void report(Outcome outcome) {
    var sorted = outcome.latenciesNanos().clone();
    Arrays.sort(sorted);
    System.out.printf("RESULT %.1f %.1f %.1f %.1f %d%n", sorted.length / outcome.seconds(), percentile(sorted, 50),
        percentile(sorted, 95), percentile(sorted, 99), outcome.errors());
    // answers by HTTP status (0: no answer), to stderr: what the errors were
    System.err.println("statuses " + outcome.statuses());
  }

  static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
  }

  /** One member's logged-in session on the problem page: its cookie and the vote form to send. */
  record Voter(String cookie, String action, Map<String, String> form) {}

  static void vote(String base, String problem, double rate, List<String> logins, String password) throws Exception {
    var voters = new ConcurrentLinkedQueue<Voter>();
    var failures = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(8);
    var begun = System.nanoTime();
    for (var login : logins) {
      pool.execute(() -> {
        try {
          voters.add(voter(base, problem, login.strip(), password));
        } catch (Exception e) {
          if (failures.incrementAndGet() <= 3) {
            System.err.println("could not prepare " + login + ": " + e.getMessage());
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    System.err.printf("%d members logged in and on the problem page in %.0f s (%d failed)%n", voters.size(),
        (System.nanoTime() - begun) / 1e9, failures.get());
    var ready = new ArrayList<>(voters);
    // the first -Dwarmup seconds' voters (at most half) vote on the same schedule first, not counted:
    // the server's compiler meets the vote's code there, and this JVM's sending loop too, as wrk and
    // the get mode warm up; every vote, counted or not, is in the counter checked afterwards
    var warm = Math.min(ready.size() / 2, (int) (rate * Integer.getInteger("warmup", 5)));
    run(rate, warm, i -> post(base + ready.get(i).action(), ready.get(i).cookie(), ready.get(i).form()), 303);
    var counted = ready.subList(warm, ready.size());
    System.err.printf("%d votes to warm up, %d counted%n", warm, counted.size());
    report(run(rate, counted.size(),
        i -> post(base + counted.get(i).action(), counted.get(i).cookie(), counted.get(i).form()), 303));
  }

  static Voter voter(String base, String problem, String login, String password) throws Exception {
    var cookies = new LinkedHashMap<String, String>();
    var page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), cookies);
    var form = form(page.body(), "login");
    form.put("login:name", login);
    form.put("login:password", password);
    form.put("login:submit", "x");
    var loggedIn = send(post(base + action(page.body(), "login"), cookie(cookies), form), cookies);
    if (loggedIn.statusCode() != 302) {
      throw new IllegalStateException("login answered " + loggedIn.statusCode());
    }
    var problemPage = send(HttpRequest.newBuilder(URI.create(base + "/problem/" + problem)).GET()
        .header("Cookie", cookie(cookies)).build(), cookies);
    if (!problemPage.body().contains("vote:cast")) {
      throw new IllegalStateException("no vote button for " + login);
    }
    var vote = form(problemPage.body(), "vote");
    vote.put("vote:cast", "x");
    return new Voter(cookie(cookies), action(problemPage.body(), "vote"), vote);
  }

  static HttpResponse<String> send(HttpRequest request, Map<String, String> cookies) throws Exception {
    var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    for (var header : response.headers().allValues("set-cookie")) {
      var pair = header.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return response;
  }

  static String cookie(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
  }

  static HttpRequest post(String url, String cookie, Map<String, String> fields) {
    var body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", cookie)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** The hidden fields (view state included) of a form of the page. */
  static Map<String, String> form(String page, String id) {
    var body = formBody(page, id);
    var fields = new LinkedHashMap<String, String>();
    var inputs = INPUT.matcher(body);
    while (inputs.find()) {
      var attributes = new LinkedHashMap<String, String>();
      var matcher = ATTRIBUTE.matcher(inputs.group());
      while (matcher.find()) {
        attributes.putIfAbsent(matcher.group(1), matcher.group(2).replace("&amp;", "&"));
      }
      if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
        fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
      }
    }
    return fields;
  }

  static String action(String page, String id) {
    var start = page.indexOf("<form id=\"" + id + "\"");
    var matcher = Pattern.compile("action=\"([^\"]*)\"").matcher(page.substring(start, page.indexOf('>', start)));
    return matcher.find() ? matcher.group(1).replace("&amp;", "&") : "/";
  }

  static String formBody(String page, String id) {
    var start = page.indexOf("<form id=\"" + id + "\"");
    if (start < 0) {
      throw new IllegalStateException("no form " + id);
    }
    return page.substring(start, page.indexOf("</form>", start));
  }

  /** A password hash in the form Jakarta Security's Pbkdf2PasswordHash stores and verifies. */
  static String hash(String password, int iterations) throws Exception {
    var salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    var key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
    return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
        + Base64.getEncoder().encodeToString(key);
  }

  /**
   * The fault test's load (issue 18): 90 members, made for the run with the demo members' password
   * and an account old enough for the established members' limits, each logged in through the load
   * balancer; then, at RATE per second, 55% anonymous reads of problem and commune pages, 25%
   * members' reads of a problem page (still logged in?), 10% votes and 10% replies, each vote a
   * new (member, problem) pair and each member's replies 15 s apart (the limits allow one per 10
   * s). A write is acknowledged when Vedika answered it with the redirect of a saved write (not the
   * page again, as for a form whose view was not found). Afterwards: every
   * acknowledged vote and reply is in the primary, every touched problem's counters equal its rows,
   * every member is still logged in; errors are counted by second, and those more than 10 s after
   * any event of EVENTS are named.
   */
  static final class Mixed {
    static final int MEMBERS = 90;
    static final int PROBLEMS = 20;

    record Result(long atMillis, String kind, int status, boolean ok) {}

    static void run(String base, double rate, int seconds, String jdbc, Path events) throws Exception {
      var run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
      List<Long> problems = new ArrayList<>();
      List<String> communes = new ArrayList<>();
      List<String> logins = new ArrayList<>();
      try (var db = java.sql.DriverManager.getConnection(jdbc)) {
        try (var q = db.createStatement().executeQuery(
            "SELECT id, commune_code FROM problem WHERE moderation = 'VISIBLE' AND merged_into IS NULL AND NOT locked"
                + " AND status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS') ORDER BY id LIMIT " + PROBLEMS)) {
          while (q.next()) {
            problems.add(q.getLong(1));
            communes.add(q.getString(2));
          }
        }
        // each of them twice more, new and open, so that 90 members have enough problems to vote on
        // for ten minutes (a member votes once per problem)
        var originals = List.copyOf(problems);
        for (var copy = 1; copy <= 2; copy++) {
          for (var original : originals) {
            try (var insert = db.prepareStatement(
                "INSERT INTO problem (place_code, commune_code, district_code, province_code, title, body, category,"
                    + " author_id, status, moderation, hot, search_text, people)"
                    + " SELECT place_code, commune_code, district_code, province_code, CONCAT(title, ' (', ?, ')'), body,"
                    + " category, author_id, 'OPEN', 'VISIBLE', hot, search_text, 1 FROM problem WHERE id = ?",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
              insert.setString(1, "fault " + run + "/" + copy);
              insert.setLong(2, original);
              insert.executeUpdate();
              try (var key = insert.getGeneratedKeys()) {
                key.next();
                problems.add(key.getLong(1));
                communes.add(communes.get(originals.indexOf(original)));
              }
            }
          }
        }
        try (var insert = db.prepareStatement(
            "INSERT INTO member (login, display_name, password_hash, home_village, created_at)"
                + " SELECT ?, ?, password_hash, home_village, NOW() - INTERVAL 60 DAY FROM member WHERE login = '012345001'")) {
          for (var i = 0; i < MEMBERS; i++) {
            var login = "fault-" + run + "-" + i + "@vedika.example";
            insert.setString(1, login);
            insert.setString(2, "Fault " + run + " " + i);
            insert.executeUpdate();
            logins.add(login);
          }
        }
      }
      System.err.printf("run %s: %d problems, %d members%n", run, problems.size(), logins.size());
      var cookies = new ArrayList<Map<String, String>>();
      var logging = Executors.newFixedThreadPool(4);
      var jars = new ArrayList<java.util.concurrent.Future<Map<String, String>>>();
      for (var login : logins) {
        jars.add(logging.submit(() -> logIn(base, login)));
      }
      for (var jar : jars) {
        cookies.add(jar.get());
      }
      logging.shutdown();
      var nodes = cookies.stream().map(c -> c.getOrDefault("VEDIKA_NODE", "?")).collect(Collectors.groupingBy(n -> n, java.util.TreeMap::new, Collectors.counting()));
      System.err.println("members logged in, by node: " + nodes);

      var results = new ConcurrentLinkedQueue<Result>();
      var votes = new ConcurrentLinkedQueue<long[]>();
      var replies = new ConcurrentLinkedQueue<String>();
      var pool = Executors.newFixedThreadPool(Integer.getInteger("connections", 50));
      // SECONDS at most; sooner when the cluster script writes "end" in EVENTS (its faults are over)
      var count = (int) (rate * seconds);
      var period = (long) (1e9 / rate);
      var start = System.nanoTime();
      var began = System.currentTimeMillis();
      var voteIndex = new AtomicInteger();
      var replyIndex = new AtomicInteger();
      for (var i = 0; i < count; i++) {
        var wait = start + i * period - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        if (i % (int) rate == 0 && Files.exists(events) && Files.readString(events).contains(" end")) {
          break;
        }
        var slot = i % 20;
        pool.execute(() -> {
          try {
            if (slot < 11) {
              var path = slot % 2 == 0 ? "/problem/" + problems.get(slot % problems.size()) : "/place/" + communes.get(slot % communes.size());
              var r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.discarding());
              results.add(new Result(System.currentTimeMillis(), "read", r.statusCode(), r.statusCode() == 200));
            } else if (slot < 16) {
              var m = (slot * 7 + (int) (System.nanoTime() % MEMBERS + MEMBERS)) % MEMBERS;
              var r = send(memberGet(base + "/problem/" + problems.get(m % problems.size()), cookies.get(m)), cookies.get(m));
              results.add(new Result(System.currentTimeMillis(), "member read", r.statusCode(),
                  r.statusCode() == 200 && r.body().contains("id=\"member-name\"")));
            } else if (slot < 18) {
              var v = voteIndex.getAndIncrement();
              var m = v % MEMBERS;
              var problem = problems.get((v / MEMBERS) % problems.size());
              var page = send(memberGet(base + "/problem/" + problem, cookies.get(m)), cookies.get(m));
              if (page.statusCode() != 200 || !page.body().contains("vote:cast")) {
                results.add(new Result(System.currentTimeMillis(), "vote page", page.statusCode(), false));
                return;
              }
              var form = form(page.body(), "vote");
              form.put("vote:cast", "x");
              var r = send(post(base + action(page.body(), "vote"), cookie(cookies.get(m)), form), cookies.get(m));
              var ok = saved(r);
              results.add(new Result(System.currentTimeMillis(), ok || !redirect(r) ? "vote" : "vote: back to " + where(r), r.statusCode(), ok));
              if (ok) {
                votes.add(new long[] {m, problem});
              }
            } else {
              var n = replyIndex.getAndIncrement();
              var m = n % MEMBERS;
              var problem = problems.get(n % problems.size());
              var page = send(memberGet(base + "/problem/" + problem, cookies.get(m)), cookies.get(m));
              if (page.statusCode() != 200 || !page.body().contains("<form id=\"reply\"")) {
                results.add(new Result(System.currentTimeMillis(), "reply page", page.statusCode(), false));
                return;
              }
              var text = "zzfault " + run + " reply " + n + ": the same happened at our commune office.";
              var form = form(page.body(), "reply");
              form.put("reply:text", text);
              form.put("reply:send", "x");
              var r = send(post(base + action(page.body(), "reply"), cookie(cookies.get(m)), form), cookies.get(m));
              // saved: back to the thread at the new reply; else the page again, the text kept as a draft
              var ok = redirect(r) && r.headers().firstValue("Location").orElse("").contains("#reply-");
              results.add(new Result(System.currentTimeMillis(), redirect(r) && !ok ? "reply: back to " + where(r) : "reply", r.statusCode(), ok));
              if (ok) {
                replies.add(text);
              }
            }
          } catch (Exception e) {
            results.add(new Result(System.currentTimeMillis(), "no answer", 0, false));
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(2, TimeUnit.MINUTES);
      Thread.sleep(2_000);

      // ---- the invariants, on the primary
      var memberIds = new ArrayList<Long>();
      var lost = new ArrayList<String>();
      var counterMismatch = new ArrayList<String>();
      try (var db = java.sql.DriverManager.getConnection(jdbc)) {
        for (var login : logins) {
          try (var q = db.prepareStatement("SELECT id FROM member WHERE login = ?")) {
            q.setString(1, login);
            try (var r = q.executeQuery()) {
              r.next();
              memberIds.add(r.getLong(1));
            }
          }
        }
        for (var vote : votes) {
          try (var q = db.prepareStatement("SELECT COUNT(*) FROM vote WHERE member_id = ? AND problem_id = ?")) {
            q.setLong(1, memberIds.get((int) vote[0]));
            q.setLong(2, vote[1]);
            try (var r = q.executeQuery()) {
              r.next();
              if (r.getInt(1) != 1) {
                lost.add("vote of member " + vote[0] + " on " + vote[1]);
              }
            }
          }
        }
        for (var text : replies) {
          try (var q = db.prepareStatement("SELECT COUNT(*) FROM reply WHERE body = ?")) {
            q.setString(1, text);
            try (var r = q.executeQuery()) {
              r.next();
              if (r.getInt(1) != 1) {
                lost.add("reply '" + text + "' (" + r.getInt(1) + " rows)");
              }
            }
          }
        }
        for (var problem : problems) {
          try (var q = db.prepareStatement("SELECT vote_count, (SELECT COUNT(*) FROM vote v WHERE v.problem_id = p.id),"
              + " reply_count, (SELECT COUNT(*) FROM reply r WHERE r.problem_id = p.id AND r.moderation = 'VISIBLE' AND NOT r.deleted)"
              + " FROM problem p WHERE id = ?")) {
            q.setLong(1, problem);
            try (var r = q.executeQuery()) {
              r.next();
              if (r.getLong(1) != r.getLong(2) || r.getLong(3) != r.getLong(4)) {
                counterMismatch.add("problem " + problem + ": votes " + r.getLong(1) + "/" + r.getLong(2)
                    + ", replies " + r.getLong(3) + "/" + r.getLong(4));
              }
            }
          }
        }
      }
      var stillIn = 0;
      for (var jar : cookies) {
        var r = send(memberGet(base + "/profile", jar), jar);
        if (r.statusCode() == 200) {
          stillIn++;
        }
      }

      // ---- the report
      var all = new ArrayList<>(results);
      all.sort(java.util.Comparator.comparingLong(Result::atMillis));
      var failed = all.stream().filter(r -> !r.ok()).toList();
      var marks = new ArrayList<long[]>();
      var names = new ArrayList<String>();
      if (Files.exists(events)) {
        for (var line : Files.readAllLines(events)) {
          var parts = line.split(" ", 2);
          if (parts[1].equals("end")) {
            continue;
          }
          marks.add(new long[] {Long.parseLong(parts[0])});
          names.add(parts[1]);
        }
      }
      var took = (System.currentTimeMillis() - began) / 1000.0;
      System.out.printf("requests %d in %.0f s (%.1f/s): %d failed (%.2f%%)%n", all.size(), took, all.size() / took,
          failed.size(), 100.0 * failed.size() / Math.max(1, all.size()));
      var byKind = all.stream().collect(Collectors.groupingBy(Result::kind, java.util.TreeMap::new,
          Collectors.partitioningBy(Result::ok, Collectors.counting())));
      byKind.forEach((kind, split) -> System.out.printf("  %-14s ok %5d  failed %4d  %s%n", kind, split.get(true), split.get(false),
          failed.stream().filter(r -> r.kind().equals(kind))
              .collect(Collectors.groupingBy(r -> "HTTP " + r.status(), java.util.TreeMap::new, Collectors.counting()))));
      // when the failures came, by 10 s from the start
      System.out.println("  failed per 10 s: " + failed.stream().collect(Collectors.groupingBy(
          r -> "+" + (r.atMillis() - began) / 10_000 * 10 + "s", java.util.LinkedHashMap::new, Collectors.counting())));
      for (var e = 0; e < names.size(); e++) {
        var at = marks.get(e)[0];
        var within = failed.stream().filter(r -> r.atMillis() >= at && r.atMillis() < at + 10_000).count();
        System.out.printf("  event %-16s at +%5.1f s: %d failed within 10 s after%n", names.get(e),
            (at - began) / 1000.0, within);
      }
      var outside = failed.stream().filter(r -> marks.stream().noneMatch(m -> r.atMillis() >= m[0] && r.atMillis() < m[0] + 10_000)).toList();
      System.out.printf("failed more than 10 s after any event: %d%s%n", outside.size(),
          outside.isEmpty() ? "" : " " + outside.stream().limit(10).map(r -> r.kind() + "=" + r.status()).toList());
      System.out.printf("acknowledged writes: %d votes, %d replies; lost: %d%s%n", votes.size(), replies.size(), lost.size(),
          lost.isEmpty() ? "" : " " + lost.stream().limit(10).toList());
      System.out.printf("counters equal to rows on the %d problems: %s%n", problems.size(),
          counterMismatch.isEmpty() ? "yes" : "NO " + counterMismatch);
      System.out.printf("members still logged in: %d of %d%n", stillIn, cookies.size());
    }

    /**
     * Vedika's redirect after a vote it saved. A redirect to {@code ?stale=1} is not one: the form's
     * token or view was not found (here: the page was read on a node killed before its session
     * reached the grid), and the member gets the page back with a line asking to try again (a reply
     * comes back with its text kept as a draft, without the new reply's anchor).
     */
    static boolean saved(HttpResponse<?> response) {
      return redirect(response) && !stale(response) && where(response).startsWith("/problem/");
    }

    /** A redirect's path and query, the problem's number made #: what kind of page it sends to. */
    static String where(HttpResponse<?> response) {
      var location = URI.create(response.headers().firstValue("Location").orElse("/"));
      return (location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()))
          .replaceAll("[0-9]+", "#");
    }

    static boolean redirect(HttpResponse<?> response) {
      return response.statusCode() == 303 || response.statusCode() == 302;
    }

    static boolean stale(HttpResponse<?> response) {
      return response.headers().firstValue("Location").orElse("").contains("stale=");
    }

    static Map<String, String> logIn(String base, String login) throws Exception {
      var jar = new java.util.concurrent.ConcurrentHashMap<String, String>();
      var page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), jar);
      var form = form(page.body(), "login");
      form.put("login:name", login);
      form.put("login:password", "vedika-demo-2026");
      form.put("login:submit", "x");
      var in = send(post(base + action(page.body(), "login"), cookie(jar), form), jar);
      if (in.statusCode() != 302) {
        throw new IllegalStateException("login of " + login + " answered " + in.statusCode());
      }
      return jar;
    }

    static HttpRequest memberGet(String url, Map<String, String> jar) {
      return HttpRequest.newBuilder(URI.create(url)).GET().header("Cookie", cookie(jar)).build();
    }
  }
}
