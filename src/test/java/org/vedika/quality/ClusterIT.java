package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vedika.testing.Browser;
import org.vedika.testing.EmbeddedMariaDb;
import org.vedika.testing.Fixtures;
import org.vedika.testing.LoadBalancer;
import org.vedika.testing.PayaraServer;
import org.vedika.testing.VedikaServer;

/**
 * Two Payara Micro nodes on one data grid behind HAProxy with {@code config/haproxy.cfg} (issue 18,
 * docs/cluster.md), on the shared database: a member logged in through one node keeps their session
 * and their half-written reply when that node is killed, and votes and replies on the other.
 */
@ExtendWith(VedikaServer.class)
class ClusterIT {

  private static PayaraServer node1;
  private static PayaraServer node2;
  private static LoadBalancer balancer;
  private static WebDriver browser;

  @BeforeAll
  static void startTheCluster() throws Exception {
    var grid = List.of(EmbeddedMariaDb.freePort(), EmbeddedMariaDb.freePort());
    var ports = List.of(EmbeddedMariaDb.freePort(), EmbeddedMariaDb.freePort());
    // both at once: the second joins the first's grid while both boot (about 40 s on two cores)
    var first =
        CompletableFuture.supplyAsync(
            () ->
                VedikaServer.node("grid1", ports.get(0), new PayaraServer.Grid(grid.get(0), grid)));
    node2 = VedikaServer.node("grid2", ports.get(1), new PayaraServer.Grid(grid.get(1), grid));
    node1 = first.join();
    balancer =
        LoadBalancer.start(
            PayaraServer.Layout.fromSystemProperties().config(),
            Path.of(System.getProperty("vedika.war")).getParent().resolve("haproxy-it"),
            ports);
    browser = Browser.phone();
  }

  @AfterAll
  static void stopTheCluster() {
    if (browser != null) {
      browser.quit();
    }
    for (var closeable : new AutoCloseable[] {balancer, node1, node2}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        // stopping: nothing more to do
      }
    }
  }

  @Test
  void aMemberKeepsTheirSessionAndDraftWhenTheirNodeIsKilled() throws Exception {
    var login = Fixtures.newPhone();
    Fixtures.member(login, "សុខា on the cluster", "05070101");
    var author = Fixtures.member(Fixtures.newPhone(), "Author on the cluster", "05070101");
    var problem =
        Fixtures.problem(
            author, "05070101", "NSSF_HEALTH_WORKERS", "Cluster: the clinic asks for a fee");
    // HAProxy marks both nodes UP after its first health checks
    waitUntil(() -> balancer.url("/about"), Duration.ofSeconds(15));

    browser.get(balancer.url("/login"));
    browser.findElement(By.id("login:name")).sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
    browser.get(balancer.url("/problem/" + problem));
    var draft = "ខ្ញុំក៏ជួបដូចគ្នាដែរ zzcluster នៅមន្ទីរពេទ្យខេត្ត។";
    browser.findElement(By.id("reply:text")).sendKeys(draft);

    // the node that holds the member's session (HAProxy's stickiness cookie) dies
    var stuck = browser.manage().getCookieNamed("VEDIKA_NODE");
    assertThat(stuck).as("HAProxy's cookie").isNotNull();
    var dying = stuck.getValue().equals("n1") ? node1 : node2;
    dying.kill();

    // the half-written reply, its form's view state from the dead node, is sent to the other
    browser.findElement(By.id("reply:send")).click();
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("replies"), "zzcluster"));
    assertThat(browser.findElements(By.id("member-name"))).as("still logged in").isNotEmpty();
    assertThat(browser.manage().getCookieNamed("VEDIKA_NODE").getValue())
        .isNotEqualTo(stuck.getValue());
    browser.findElement(By.id("vote:cast")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("vote:retract")));

    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", problem))
        .isEqualTo(1);
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isEqualTo(1);
    assertThat(Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", problem))
        .isEqualTo(1);
    Browser.screenshot(browser, "cluster-after-node-killed-km");
  }

  private static void waitUntil(java.util.function.Supplier<String> url, Duration within) {
    var client = java.net.http.HttpClient.newHttpClient();
    var deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var response =
            client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.get())).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static <T> void waitFor(ExpectedCondition<T> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(condition);
  }
}
