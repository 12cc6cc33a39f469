package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * A trainer raises a problem heard at an awareness session with how many people reported it there;
 * that count is shown and served apart from online votes, and nobody else can set it. Commune
 * 070106 (Kampot) belongs to this test.
 */
@ExtendWith(VedikaServer.class)
class TrainerReportsIT {

  @Test
  void aTrainersSessionCountIsKeptApartFromVotesAndOnlyTrainersSetIt() {
    var trainerLogin = Fixtures.newPhone();
    var trainer = Fixtures.member(trainerLogin, "Vannak, union trainer", "07010601");
    Fixtures.grant(trainer, "TRAINER", "0701");
    var session = new WebSession();
    Fixtures.logIn(session, trainerLogin, Fixtures.PASSWORD);
    assertThat(session.get("/raise?place=07010601").body()).contains("id=\"raise:sessionReports\"");
    session.submit(
        "raise",
        "submit",
        Map.of(
            "raise:title", "Workers never received their NSSF cards after registration",
            "raise:body",
                "At Sunday's awareness session many garment workers said their NSSF cards never arrived.",
            "raise:category", "NSSF_HEALTH_WORKERS",
            "raise:sessionReports", "37"));
    var id = Long.parseLong(session.last().uri().getPath().substring("/problem/".length()));
    assertThat(session.last().body()).contains("id=\"session-reports\"").contains("មនុស្ស ៣៧ នាក់");
    var json = Http.json(Http.get(VedikaServer.url("/api/problems/" + id))).asJsonObject();
    assertThat(json.getInt("sessionReports")).isEqualTo(37);
    assertThat(json.getInt("votes")).isZero();

    var citizen = new WebSession();
    Fixtures.signUp(citizen, "Not a trainer", "07010602");
    assertThat(citizen.get("/raise?place=07010602").body()).doesNotContain("sessionReports");
    citizen.submit(
        "raise",
        "submit",
        Map.of(
            "raise:title", "The payment agent came three days late",
            "raise:body",
                "The payment agent for the Family Package came three days late this month.",
            "raise:category", "PAYMENT_DELIVERY",
            "raise:sessionReports", "500"));
    var other = Long.parseLong(citizen.last().uri().getPath().substring("/problem/".length()));
    assertThat(Fixtures.count("SELECT session_reports FROM problem WHERE id = ?", other)).isZero();
  }
}
