package org.vedika.rights.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.account.boundary.Members;
import org.vedika.moderation.boundary.Moderation;
import org.vedika.notification.boundary.Notifications;
import org.vedika.problem.boundary.Problems;
import org.vedika.vote.boundary.Votes;
import org.vedika.workshop.boundary.Workshops;

/**
 * {@code GET /profile/data}: everything Vedika keeps about the member who asks, as one JSON file to
 * save ({@code vedika-data.json}): profile and roles, problems, replies, helpful marks, votes,
 * follows, notifications, reports, workshops attended. A visitor is sent to log in first.
 */
@WebServlet("/profile/data")
public class MyDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  @Inject transient CurrentMember me;
  @Inject transient Members members;
  @Inject transient Problems problems;
  @Inject transient Votes votes;
  @Inject transient Notifications notifications;
  @Inject transient Moderation moderation;
  @Inject transient Workshops workshops;
  @Inject transient org.vedika.guide.boundary.Guides guides;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!me.isLoggedIn()) {
      response.sendRedirect(request.getContextPath() + org.vedika.Pages.loginPath("/profile/data"));
      return;
    }
    var id = me.getId();
    var written = problems.dataOf(id);
    var told = notifications.dataOf(id);
    var data =
        Json.createObjectBuilder()
            .add("downloadedAt", Instant.now().toString())
            .add("account", members.dataOf(id))
            .add("problems", written.get("problems"))
            .add("replies", written.get("replies"))
            .add("helpfulMarks", written.get("helpful"))
            .add("trainerSessions", written.get("trainerSessions"))
            .add("votes", votes.dataOf(id))
            .add("follows", told.get("follows"))
            .add("notifications", told.get("notifications"))
            .add("reports", moderation.dataOf(id))
            .add("workshopsAttended", workshops.dataOf(id))
            .add("guideVersions", guides.dataOf(id))
            .build();
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"vedika-data.json\"");
    try (var writer = PRETTY.createWriter(response.getWriter())) {
      writer.writeObject(data);
    }
  }
}
