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
}
