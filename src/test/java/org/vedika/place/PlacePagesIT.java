package org.vedika.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.Http.get;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.VedikaServer;

/** The place pages over plain HTTP, as a phone without JavaScript sees them. */
@ExtendWith(VedikaServer.class)
class PlacePagesIT {

  @Test
  void homeIsKhmerByDefaultAndListsTheProvinces() {
    var response = get(VedikaServer.url("/"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("lang=\"km\"", "ខេត្តកំពង់ស្ពឺ", "Kampong Speu", "href=\"/place/05\"")
        .contains("English");
  }

  @Test
  void aCommunePageShowsItsBreadcrumbsVillagesAndForum() {
    var response = get(VedikaServer.url("/place/050701"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("ឃុំរលាំងចក", "Roleang Chak", "050701")
        .contains("href=\"/place/05\"", "href=\"/place/0507\"")
        .contains("href=\"/place/05070101\"", "ភូមិអំពិលផ្អែម")
        .contains("id=\"forum\"");
  }

  @Test
  void aPagePastTheEndOfAListSaysSo() {
    var body = get(VedikaServer.url("/place/050701?sort=new&page=900")).body();

    assertThat(body)
        .contains("id=\"forum-past-end\"", "បញ្ជីនេះមិនមានទំព័រឆ្ងាយដល់ម្ល៉េះទេ")
        .contains("id=\"page-first\"")
        .doesNotContain("id=\"forum-empty\"");
  }

  @Test
  void aVillageNamedWithTheWordVillageIsNotDoubled() {
    var body = get(VedikaServer.url("/place/01060702")).body();

    assertThat(body).contains("<h1 id=\"title\">ភូមិ ១</h1>").doesNotContain("ភូមិភូមិ");
  }

  @Test
  void readingNeedsNoSession() {
    var response = get(VedikaServer.url("/place/0507"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  @Test
  void unknownPlaceIsA404Page() {
    var response = get(VedikaServer.url("/place/99"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("រកមិនឃើញទំព័រនេះទេ");
  }

  @Test
  void englishIsRememberedInACookie() {
    var switched = get(VedikaServer.url("/language?to=en&next=%2Fplace%2F05"));

    assertThat(switched.statusCode()).isEqualTo(303);
    assertThat(switched.headers().firstValue("Location")).hasValue("/place/05");
    var cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("lang=en").containsIgnoringCase("HttpOnly");

    var page = get(VedikaServer.url("/place/05"), "Cookie", "lang=en");
    assertThat(page.body())
        .contains("lang=\"en\"", "Kampong Speu Province", "Samraong Tong", "ខ្មែរ");
  }

  @Test
  void eachChildSaysHowManyPlacesLieBeneathIt() {
    var body = get(VedikaServer.url("/place/05"), "Cookie", "lang=en").body();

    var from = body.indexOf("Samraong Tong");
    assertThat(from).isNotNegative();
    assertThat(body.substring(from, body.indexOf("</a>", from))).contains("15 communes");
  }

  @Test
  void theLanguageSwitchNeverLeavesVedika() {
    var switched = get(VedikaServer.url("/language?to=en&next=%2F%2Fevil.example%2F"));

    assertThat(switched.headers().firstValue("Location")).hasValue("/");
    assertThat(get(VedikaServer.url("/language?to=fr")).statusCode()).isEqualTo(400);
  }

  @Test
  void findsPlacesWithoutJavaScript() {
    var response = get(VedikaServer.url("/find?q=Roleang"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("href=\"/place/050701\"", "ឃុំរលាំងចក · ស្រុកសំរោងទង · ខេត្តកំពង់ស្ពឺ");
  }

  @Test
  void typedTextIsShownAsText() {
    var response = get(VedikaServer.url("/find?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;");
  }

  @Test
  void aboutCreditsTheGazetteerAndTheFont() {
    var response = get(VedikaServer.url("/about"), "Cookie", "lang=en");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Pumi (dwilkie/pumi)", "NCDD", "MIT", "Noto Sans Khmer");
    assertThat(get(VedikaServer.url("/licences/LICENSE-pumi-MIT.txt")).body())
        .contains("David Wilkie");
  }

  @Test
  void pagesAreCompressed() {
    var response = get(VedikaServer.url("/place/0507"), "Accept-Encoding", "gzip");

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }
}
