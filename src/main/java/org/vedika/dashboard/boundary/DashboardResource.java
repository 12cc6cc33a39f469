package org.vedika.dashboard.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vedika.ApiSchemes;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.dashboard.boundary.Dashboard.Filter;
import org.vedika.dashboard.boundary.Dashboard.Standing;
import org.vedika.dashboard.control.Period;
import org.vedika.i18n.boundary.Language;
import org.vedika.i18n.boundary.Messages;
import org.vedika.problem.entity.Category;

/**
 * The dashboard's ranking as JSON (and as the CSV the page exports): for policymakers and admins,
 * within their grant, like the page — the session of a logged-in member authorises the call.
 */
@Path("dashboard")
@SecurityRequirement(name = ApiSchemes.TOKEN)
@SecurityRequirement(name = ApiSchemes.SESSION)
@Tag(
    name = "Dashboard",
    description = "Recurring problems ranked for policymakers (policymakers and admins only)")
public class DashboardResource {

  @Inject Dashboard dashboard;
  @Inject DashboardFigures figures;
  @Inject CurrentMember me;
  @Inject org.vedika.place.boundary.PlaceNames placeNames;

  /** A ranked row and the parts of its rank. */
  @JsonbPropertyOrder({
    "rank",
    "kind",
    "id",
    "titleKm",
    "titleEn",
    "place",
    "category",
    "problems",
    "people",
    "sessionPeople",
    "communes",
    "provinces",
    "unresolvedShare",
    "waitDays",
    "trend",
    "score"
  })
  @Schema(name = "RankedRow")
  public record RowJson(
      int rank,
      @Schema(
              description =
                  "recurring: a named group of problems; problem: a problem in no group yet")
          String kind,
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      String titleKm,
      String titleEn,
      @Schema(nullable = true, description = "The village or commune of a single problem")
          String place,
      String category,
      int problems,
      @Schema(
              description = "Distinct members affected online: authors and voters",
              type = SchemaType.INTEGER,
              format = "int64")
          long people,
      @Schema(
              description = "People counted by trainers at awareness sessions, apart from people",
              type = SchemaType.INTEGER,
              format = "int64")
          long sessionPeople,
      int communes,
      int provinces,
      double unresolvedShare,
      @Schema(
              description = "Median days its unresolved problems have waited",
              type = SchemaType.INTEGER,
              format = "int64")
          long waitDays,
      @Schema(enumeration = {"RISING", "STEADY", "FALLING"}) String trend,
      double score) {}

  @GET
  @Path("recurring")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listRecurring",
      summary =
          "Recurring problems and problems in no group, ranked, with the parts of their rank (at most 1,000)")
  @APIResponse(
      responseCode = "200",
      description = "The ranked rows, the first first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RowJson.class)))
  @APIResponse(responseCode = "400", description = "A malformed place, category, period or status")
  @APIResponse(
      responseCode = "401",
      description = "No session and no token, or a revoked or unknown token")
  @APIResponse(responseCode = "403", description = "Not a policymaker or admin of this place")
  public List<RowJson> recurring(
      @Parameter(
              description =
                  "'' or absent: the reader's scope; a province (2 digits) or district (4)")
          @QueryParam("place")
          String place,
      @Parameter(description = "A category key, e.g. nssf-health-workers") @QueryParam("category")
          String category,
      @Parameter(description = "all, 365, 90 or 30 (days)") @QueryParam("period") String period,
      @Parameter(description = "any, unresolved or resolved") @QueryParam("status") String status,
      @Parameter(description = "How many rows, 1 to 1,000")
          @QueryParam("limit")
          @DefaultValue("100")
          int limit) {
    var filter = filter(place, category, period, status);
    return figures
        .snapshot()
        .ranked(filter, 0, Math.max(1, Math.min(limit, Dashboard.MAX_ROWS)))
        .stream()
        .map(DashboardResource::json)
        .toList();
  }

  @GET
  @Path("recurring.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportRecurringCsv",
      summary =
          "The same ranking as CSV, headed in the reader's language (what the dashboard exports)")
  @APIResponse(
      responseCode = "200",
      description = "Every ranked row (at most 1,000), with a byte-order mark for spreadsheets",
      content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
  @APIResponse(responseCode = "400", description = "A malformed place, category, period or status")
  @APIResponse(
      responseCode = "401",
      description = "No session and no token, or a revoked or unknown token")
  @APIResponse(responseCode = "403", description = "Not a policymaker or admin of this place")
  public Response csv(
      @Parameter(description = "As for the JSON ranking") @QueryParam("place") String place,
      @Parameter(description = "As for the JSON ranking") @QueryParam("category") String category,
      @Parameter(description = "As for the JSON ranking") @QueryParam("period") String period,
      @Parameter(description = "As for the JSON ranking") @QueryParam("status") String status,
      @Parameter(description = "km (the default) or en: the language of headers and names")
          @QueryParam("lang")
          String lang)
      throws IOException {
    var filter = filter(place, category, period, status);
    var locale = Language.supported(lang).orElse(Language.KHMER);
    var text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    var out = new StringWriter();
    try (var csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                "#",
                text.getString("dashboard.csv.kind"),
                "id",
                text.getString("general.problem"),
                text.getString("dashboard.csv.place"),
                text.getString("dashboard.csv.placeCode"),
                text.getString("general.category"),
                text.getString("dashboard.csv.problems"),
                text.getString("dashboard.csv.people"),
                text.getString("dashboard.csv.sessionPeople"),
                text.getString("dashboard.csv.communes"),
                text.getString("dashboard.csv.provinces"),
                text.getString("dashboard.csv.unresolved"),
                text.getString("dashboard.csv.waitDays"),
                text.getString("dashboard.csv.trend"),
                text.getString("dashboard.csv.score"))
            .get()
            .print(out)) {
      for (var row : dashboard.ranked(filter, 0, Dashboard.MAX_ROWS)) {
        var parts = row.parts();
        csv.printRecord(
            row.rank(),
            text.getString(
                row.isRecurring() ? "dashboard.kind.recurring" : "dashboard.kind.single"),
            row.subjectId(),
            row.title(locale.getLanguage()),
            placeNames.path(row.placeCode(), locale),
            row.placeCode() == null ? "" : row.placeCode(),
            text.getString("Category." + row.category().name()),
            row.problems(),
            parts.people(),
            parts.sessionPeople(),
            parts.communes(),
            parts.provinces(),
            Math.round(parts.unresolvedShare() * 100) + "%",
            parts.waitDays(),
            text.getString("dashboard.trend." + parts.trend().name()),
            String.format(Locale.ROOT, "%.3f", row.score()));
      }
    }
    // a byte-order mark, so that spreadsheet programs read the Khmer as UTF-8
    return Response.ok("\uFEFF" + out)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"vedika-dashboard.csv\"")
        .build();
  }

  private Filter filter(String place, String category, String period, String status) {
    if (!me.isLoggedIn()) {
      throw new NotAuthorizedException("Log in as a policymaker", "Session");
    }
    var scopes = Dashboard.scopes(me.grants());
    if (scopes.isEmpty()) {
      throw new ForbiddenException("Policymakers and admins only");
    }
    var code = Dashboard.asked(scopes, place);
    if (!dashboard.viewable(code, false)) {
      throw new BadRequestException("A province (2 digits) or district (4 digits): " + code);
    }
    if (dashboard.readable(scopes, code, false).isEmpty()) {
      throw new ForbiddenException("Not within your grant: " + code);
    }
    return new Filter(
        code,
        blank(category)
            ? null
            : Category.of(category)
                .orElseThrow(() -> new BadRequestException("No category " + category)),
        blank(period)
            ? Period.ALL
            : Period.of(period).orElseThrow(() -> new BadRequestException("No period " + period)),
        blank(status)
            ? Standing.ANY
            : Standing.of(status)
                .orElseThrow(() -> new BadRequestException("No status " + status)));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static RowJson json(Dashboard.Row row) {
    var parts = row.parts();
    return new RowJson(
        row.rank(),
        row.isRecurring() ? "recurring" : "problem",
        row.subjectId(),
        row.titleKm(),
        row.titleEn(),
        row.placeCode(),
        row.category().key(),
        row.problems(),
        parts.people(),
        parts.sessionPeople(),
        parts.communes(),
        parts.provinces(),
        parts.unresolvedShare(),
        parts.waitDays(),
        parts.trend().name(),
        row.score());
  }
}
