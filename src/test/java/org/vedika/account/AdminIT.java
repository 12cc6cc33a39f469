package org.vedika.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.KhmerText;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** Admins grant and revoke roles over places; nobody else can, whatever they post. */
@ExtendWith(VedikaServer.class)
class AdminIT {

  @Test
  void anAdminGrantsAndRevokesAnOfficialsCommune() {
    var admin = admin();
    var officialLogin = Fixtures.newPhone();
    var official = Fixtures.member(officialLogin, "Future official", "05070101");

    admin.get("/admin?q=" + officialLogin);
    assertThat(admin.last().body())
        .contains("href=\"/admin?member=" + official + "\"")
        .as("the header links admins to their pages")
        .contains("id=\"admin-link\"");
    var citizen = new WebSession();
    Fixtures.signUp(citizen, "Citizen without the admin link", "05070101");
    assertThat(citizen.get("/").body()).doesNotContain("id=\"admin-link\"");
    admin.get("/admin?member=" + official);
    admin.submit(
        "grant-form",
        "submit",
        Map.of("grant-form:role", "OFFICIAL", "grant-form:place", "050701"));
    assertThat(grants(official, "OFFICIAL", "050701")).isEqualTo(1);

    admin.submit(
        "grant-form", "submit", Map.of("grant-form:role", "OFFICIAL", "grant-form:place", "0507"));
    assertThat(admin.last().body()).contains("លេខកូដទីកន្លែងនេះមិនត្រូវនឹងតួនាទីនេះទេ");
    assertThat(grants(official, "OFFICIAL", "0507")).isZero();

    admin.get("/admin?member=" + official);
    admin.submit("grant:0:revoke", "submit", Map.of());
    assertThat(grants(official, "OFFICIAL", "050701")).isZero();
  }

  @Test
  void anAdminReadsNamesPicksAPlaceByNameAndIsToldWhatWasDone() {
    var admin = admin();
    var login = Fixtures.newPhone();
    var member = Fixtures.member(login, "Named official", "05070101");
    admin.get("/admin?q=nobody-has-this-name-" + login);
    assertThat(admin.last().body())
        .contains("id=\"no-members\"")
        .contains(KhmerText.km("admin.search.none"));

    // without the picker's script: the commune typed by its name (only one place is called so)
    admin.get("/admin?member=" + member);
    admin.submit(
        "grant-form",
        "submit",
        Map.of("grant-form:role", "OFFICIAL", "grant-form:placeText", "Kat Phluk"));
    assertThat(grants(member, "OFFICIAL", "050102")).isEqualTo(1);
    var page = admin.last().body();
    assertThat(page)
        .as("the grant confirmed, the place named")
        .contains(KhmerText.km("admin.granted"))
        .contains("ឃុំកាត់ភ្លុក · ស្រុកបរសេដ្ឋ · ខេត្តកំពង់ស្ពឺ");

    admin.submit(
        "grant-form",
        "submit",
        Map.of("grant-form:role", "MODERATOR", "grant-form:placeText", "Thmei"));
    assertThat(admin.last().body()).contains(KhmerText.km("admin.grant.placeUnknown"));

    admin.get("/admin?member=" + member);
    admin.submit("grant:0:revoke", "submit", Map.of());
    assertThat(admin.last().body()).contains(KhmerText.km("admin.revoked"));
  }

  @Test
  void anAdminMakesAUnionTrainerOfADistrict() {
    var admin = admin();
    var trainer = Fixtures.member(Fixtures.newPhone(), "Future trainer", "05070101");
    admin.get("/admin?member=" + trainer);
    assertThat(admin.last().body()).contains("<option value=\"TRAINER\"");
    admin.submit(
        "grant-form", "submit", Map.of("grant-form:role", "TRAINER", "grant-form:place", "0507"));
    assertThat(grants(trainer, "TRAINER", "0507")).isEqualTo(1);
  }

  @Test
  void citizensGetNoAdminPageAndTheirForgedPostsChangeNothing() {
    var admin = admin();
    var target = Fixtures.member(Fixtures.newPhone(), "Target", "05070101");
    admin.get("/admin?member=" + target);
    var form = admin.last().body();

    var citizen = new WebSession();
    Fixtures.signUp(citizen, "Curious citizen", "05070101");
    assertThat(citizen.get("/admin").statusCode()).isEqualTo(403);
    // the citizen replays the admin's form with their own session
    citizen.post(
        "/admin.xhtml",
        Map.of(
            "grant-form",
            "grant-form",
            "member",
            String.valueOf(target),
            "grant-form:role",
            "ADMIN",
            "grant-form:place",
            "",
            "grant-form:submit",
            "x",
            "jakarta.faces.ViewState",
            viewState(form)));
    assertThat(grants(target, "ADMIN", null)).isZero();
  }

  @Test
  void anAdminCannotRevokeTheirOwnAdminRole() {
    var login = Fixtures.newPhone();
    var id = Fixtures.member(login, "Only admin", "05070101");
    Fixtures.grant(id, "ADMIN", null);
    var admin = new WebSession();
    Fixtures.logIn(admin, login, Fixtures.PASSWORD);
    admin.get("/admin?member=" + id);

    admin.submit("grant:0:revoke", "submit", Map.of());

    assertThat(admin.last().body()).contains("អ្នកមិនអាចដកសិទ្ធិគ្រប់គ្រងរបស់ខ្លួនឯងបានទេ");
    assertThat(grants(id, "ADMIN", null)).isEqualTo(1);
  }

  private static WebSession admin() {
    var login = Fixtures.newPhone();
    var id = Fixtures.member(login, "Admin", "05070101");
    Fixtures.grant(id, "ADMIN", null);
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    return session;
  }

  private static long grants(long member, String role, String place) {
    return place == null
        ? Fixtures.count(
            "SELECT COUNT(*) FROM role_grant WHERE member_id = ? AND role = ? AND place_code IS NULL",
            member,
            role)
        : Fixtures.count(
            "SELECT COUNT(*) FROM role_grant WHERE member_id = ? AND role = ? AND place_code = ?",
            member,
            role,
            place);
  }

  private static String viewState(String page) {
    var matcher =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(page);
    return matcher.find() ? matcher.group(1).replace("&amp;", "&") : "";
  }
}
