package org.vedika.dashboard.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.dashboard.boundary.Dashboard.Filter;
import org.vedika.dashboard.boundary.Dashboard.Standing;
import org.vedika.dashboard.control.Period;
import org.vedika.dashboard.control.Ranking;
import org.vedika.i18n.boundary.Formats;
import org.vedika.i18n.boundary.Language;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.problem.entity.Category;

/**
 * {@code /dashboard}: recurring problems ranked for policymakers and admins, within the places
 * their grant covers. The filters are query parameters ({@code place}, {@code category}, {@code
 * period}, {@code status}), so every view is a bookmarkable, exportable URL; the ranked table is a
 * PrimeFaces lazy table over the aggregated rows; three charts (with their figures as tables, which
 * also serve readers without JavaScript) drill down to the problems behind them.
 */
@Named
@ViewScoped
public class DashboardBacking extends DashboardView {

  private static final long serialVersionUID = 1L;
  static final int MONTHS = 12;
  static final int PLACES = 10;

  /**
   * One provider lookup for the charts ({@code Json.create…} looks the provider up on every call).
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject org.vedika.place.boundary.PlaceNames placeNames;
  @Inject Dashboard dashboard;
  @Inject DashboardFigures figures;
  @Inject CurrentMember me;
  @Inject Places places;
  @Inject Messages messages;
  @Inject Formats formats;
  @Inject Language language;

  private List<String> scopes = List.of();
  private Filter filter;
  private final Rows rows = new Rows();
  private List<Dashboard.MonthCount> months;
  private List<Dashboard.PlaceCount> open;
  private List<Dashboard.PlaceResponse> responses;
  private String overTimeChart;
  private String placesChart;
  private String responseChart;

  /** View action: policymakers and admins, and only their places (checked on the server). */
  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    scopes = Dashboard.scopes(me.grants());
    var code = dashboard.readable(scopes, place, false);
    if (code.isEmpty()) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not your dashboard");
      context.responseComplete();
      return;
    }
    place = code.get();
    filter = filter(place);
  }

  /** Apply: the filters as a bookmarkable URL. */
  public String apply() {
    return "/dashboard?faces-redirect=true&includeViewParams=true";
  }

  // ---------------------------------------------------------------- filters

  /**
   * The provinces the reader may choose (the country first, if theirs), as ready options: one list
   * read once, not a label expression per option.
   */
  public List<SelectItem> getProvinceItems() {
    var items = new ArrayList<SelectItem>();
    if (isCountryAllowed()) {
      items.add(new SelectItem("", messages.text("dashboard.country")));
    }
    for (var province : places.provinces()) {
      if (Dashboard.allowed(scopes, province.getCode())
          || scopes.stream().anyMatch(s -> s.startsWith(province.getCode()))) {
        items.add(new SelectItem(province.getCode(), province.title(language.getLocale())));
      }
    }
    return items;
  }

  /** The chosen province's districts the reader may choose, after "all". */
  public List<SelectItem> getDistrictItems() {
    var items = new ArrayList<SelectItem>();
    items.add(new SelectItem("", messages.text("general.all")));
    if (place != null && place.length() >= 2) {
      for (var district : places.children(place.substring(0, 2))) {
        if (Dashboard.allowed(scopes, district.getCode())) {
          items.add(new SelectItem(district.getCode(), district.title(language.getLocale())));
        }
      }
    }
    return items;
  }

  public boolean isCountryAllowed() {
    return scopes.contains("");
  }

  public String getProvince() {
    return place == null || place.length() < 2 ? "" : place.substring(0, 2);
  }

  /** The province select (submitted first): the country when empty. */
  public void setProvince(String province) {
    place = province == null ? "" : province;
  }

  public String getDistrict() {
    return place != null && place.length() == 4 ? place : "";
  }

  /**
   * The district select: taken only when it lies in the chosen province (an old choice is dropped).
   */
  public void setDistrict(String district) {
    if (district != null
        && !place.isEmpty()
        && district.length() == 4
        && district.startsWith(place)) {
      place = district;
    }
  }

  public List<SelectItem> getCategoryItems() {
    var items = new ArrayList<SelectItem>();
    items.add(new SelectItem("", messages.text("general.all")));
    for (var category : Category.values()) {
      items.add(new SelectItem(category.key(), messages.text("Category." + category.name())));
    }
    return items;
  }

  public List<SelectItem> getPeriodItems() {
    return Stream.of(Period.values())
        .map(
            period ->
                new SelectItem(period.key(), messages.text("dashboard.period." + period.name())))
        .toList();
  }

  public List<SelectItem> getStandingItems() {
    return Stream.of(Standing.values())
        .map(
            standing ->
                new SelectItem(
                    standing.name().toLowerCase(Locale.ROOT),
                    messages.text("dashboard.standing." + standing.name())))
        .toList();
  }

  /** The query string of the current view, for the export link and drill-down. */
  public String getQuery() {
    var query = new StringBuilder("place=").append(encode(filter.placeCode()));
    if (filter.category() != null) {
      query.append("&category=").append(filter.category().key());
    }
    query.append("&period=").append(filter.period().key());
    query.append("&status=").append(filter.standing().name().toLowerCase(Locale.ROOT));
    return query.toString();
  }

  public String getPlaceTitle() {
    return filter.placeCode().isEmpty()
        ? messages.text("dashboard.country")
        : places
            .find(filter.placeCode())
            .map(p -> p.title(language.getLocale()))
            .orElse(filter.placeCode());
  }

  // ---------------------------------------------------------------- ranked rows

  public LazyDataModel<RankedLine> getRows() {
    return rows;
  }

  private RankedLine line(Dashboard.Row row) {
    return new RankedLine(
        row.kind() + row.subjectId(),
        row.rank(),
        drillDown(row),
        row.title(language.getTag()),
        row.isRecurring(),
        messages.text(row.isRecurring() ? "dashboard.kind.recurring" : "dashboard.kind.single"),
        row.isRecurring()
            ? messages.text("dashboard.kind.problems", row.problems())
            : placeNames.path(row.placeCode()),
        messages.text("Category." + row.category().name()),
        partsText(messages, formats, row.parts()));
  }

  /**
   * "412 people · 37 communes in 9 provinces · 80% unresolved · rising", in the reader's language.
   */
  public static String partsText(Messages messages, Formats formats, Ranking.Parts parts) {
    var text = new ArrayList<String>();
    text.add(messages.text("dashboard.parts.people", parts.people()));
    if (parts.sessionPeople() > 0) {
      text.add(messages.text("dashboard.parts.session", parts.sessionPeople()));
    }
    text.add(messages.text("dashboard.parts.spread", parts.communes(), parts.provinces()));
    text.add(messages.text("dashboard.parts.unresolved", formats.percent(parts.unresolvedShare())));
    if (parts.unresolvedShare() > 0) {
      text.add(messages.text("dashboard.parts.waiting", parts.waitDays()));
    }
    text.add(messages.text("dashboard.trend." + parts.trend().name()));
    return String.join(" · ", text);
  }

  /** Where a row drills down to: its recurring problem's page, or the problem itself. */
  private String drillDown(Dashboard.Row row) {
    var context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return row.isRecurring()
        ? context + "/recurring/" + row.subjectId() + "?" + getQuery()
        : context + "/problem/" + row.subjectId();
  }

  public String getExportUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/dashboard/recurring.csv?"
        + getQuery()
        + "&lang="
        + language.getTag();
  }

  public String getUpdatedAt() {
    return figures().refreshedAt().map(formats::ago).orElse("–");
  }

  private class Rows extends LazyDataModel<RankedLine> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return filter == null ? 0 : figures().count(filter);
    }

    @Override
    public List<RankedLine> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return filter == null
          ? List.of()
          : figures().ranked(filter, first, pageSize).stream()
              .map(DashboardBacking.this::line)
              .toList();
    }

    @Override
    public String getRowKey(RankedLine line) {
      return line.getKey();
    }
  }

  // ---------------------------------------------------------------- charts

  private List<Dashboard.MonthCount> getMonths() {
    if (months == null) {
      months = filter == null ? List.of() : figures().months(filter, MONTHS);
    }
    return months;
  }

  private List<Dashboard.PlaceCount> getOpenByPlace() {
    if (open == null) {
      open = filter == null ? List.of() : figures().openByPlace(filter, PLACES);
    }
    return open;
  }

  private List<Dashboard.PlaceResponse> getResponses() {
    if (responses == null) {
      responses = filter == null ? List.of() : figures().responses(filter, PLACES);
    }
    return responses;
  }

  private List<YearMonth> monthAxis() {
    var axis = new ArrayList<YearMonth>();
    var first = YearMonth.now().minusMonths(MONTHS - 1L);
    for (var i = 0; i < MONTHS; i++) {
      axis.add(first.plusMonths(i));
    }
    return axis;
  }

  private List<Category> chartCategories() {
    return filter.category() != null
        ? List.of(filter.category())
        : getMonths().stream().map(Dashboard.MonthCount::category).distinct().sorted().toList();
  }

  /** Chart.js: problems per category per month (stacked bars) and votes per month (a line). */
  public String getOverTimeChart() {
    if (overTimeChart == null) {
      overTimeChart = overTimeChart();
    }
    return overTimeChart;
  }

  private String overTimeChart() {
    var axis = monthAxis();
    var labels = JSON.createArrayBuilder();
    axis.forEach(m -> labels.add(m.toString()));
    var datasets = JSON.createArrayBuilder();
    var palette =
        new String[] {
          "#1b5e20", "#0d47a1", "#b71c1c", "#e65100", "#4a148c", "#006064", "#827717", "#3e2723",
          "#263238", "#880e4f", "#33691e"
        };
    for (var category : chartCategories()) {
      var data = JSON.createArrayBuilder();
      for (var month : axis) {
        data.add(
            getMonths().stream()
                .filter(c -> c.category() == category && c.month().equals(month))
                .mapToLong(Dashboard.MonthCount::problems)
                .sum());
      }
      datasets.add(
          JSON.createObjectBuilder()
              .add("type", "bar")
              .add("label", messages.text("Category." + category.name()))
              .add("data", data)
              .add("stack", "problems")
              .add("backgroundColor", palette[category.ordinal() % palette.length]));
    }
    var votes = JSON.createArrayBuilder();
    for (var month : axis) {
      votes.add(sum(month, Dashboard.MonthCount::votes));
    }
    datasets.add(
        JSON.createObjectBuilder()
            .add("type", "line")
            .add("label", messages.text("dashboard.chart.votes"))
            .add("data", votes)
            .add("yAxisID", "votes")
            .add("borderColor", "#555555"));
    return ascii(
        JSON.createObjectBuilder()
            .add("type", "bar")
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add("maintainAspectRatio", false)
                    .add(
                        "scales",
                        JSON.createObjectBuilder()
                            .add("x", JSON.createObjectBuilder().add("stacked", true))
                            .add(
                                "y",
                                JSON.createObjectBuilder()
                                    .add("stacked", true)
                                    .add("beginAtZero", true)
                                    .add("title", title(messages.text("dashboard.chart.problems"))))
                            .add(
                                "votes",
                                JSON.createObjectBuilder()
                                    .add("position", "right")
                                    .add("beginAtZero", true)
                                    .add(
                                        "grid",
                                        JSON.createObjectBuilder().add("drawOnChartArea", false))
                                    .add("title", title(messages.text("dashboard.chart.votes"))))))
            .build()
            .toString());
  }

  /** Chart.js: open problems in the places below the view's place (horizontal bars). */
  public String getPlacesChart() {
    if (placesChart == null) {
      placesChart = placesChart();
    }
    return placesChart;
  }

  private String placesChart() {
    var labels = JSON.createArrayBuilder();
    var data = JSON.createArrayBuilder();
    for (var count : getOpenByPlace()) {
      labels.add(placeName(count.nameKm(), count.nameLatin()));
      data.add(count.open());
    }
    return barChart(
        labels,
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("label", messages.text("dashboard.chart.open"))
                    .add("data", data)
                    .add("backgroundColor", "#b71c1c")),
        "y");
  }

  /** Chart.js: median hours to a first official answer, and the share answered within 7 days. */
  public String getResponseChart() {
    if (responseChart == null) {
      responseChart = responseChart();
    }
    return responseChart;
  }

  private String responseChart() {
    var labels = JSON.createArrayBuilder();
    var hours = JSON.createArrayBuilder();
    var shares = JSON.createArrayBuilder();
    for (var response : getResponses()) {
      labels.add(placeName(response.nameKm(), response.nameLatin()));
      if (response.medianHours() == null) {
        hours.addNull();
      } else {
        hours.add(Math.round(response.medianHours() * 10) / 10.0);
      }
      shares.add(Math.round(response.answeredWithin7DaysShare() * 1000) / 10.0);
    }
    var datasets =
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("label", messages.text("dashboard.chart.medianHours"))
                    .add("data", hours)
                    .add("yAxisID", HOURS_AXIS)
                    .add("backgroundColor", "#0d47a1"))
            .add(
                JSON.createObjectBuilder()
                    .add("label", messages.text("dashboard.chart.within7Days"))
                    .add("data", shares)
                    .add("yAxisID", SHARE_AXIS)
                    .add("backgroundColor", "#1b5e20"));
    // one unit per axis: hours on the left, the share (0 to 100 %) on the right
    var scales =
        JSON.createObjectBuilder()
            .add(
                HOURS_AXIS,
                JSON.createObjectBuilder()
                    .add("type", "linear")
                    .add("position", "left")
                    .add("beginAtZero", true)
                    .add(
                        "title",
                        JSON.createObjectBuilder()
                            .add("display", true)
                            .add("text", messages.text("dashboard.chart.axis.hours"))))
            .add(
                SHARE_AXIS,
                JSON.createObjectBuilder()
                    .add("type", "linear")
                    .add("position", "right")
                    .add("min", 0)
                    .add("max", 100)
                    .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false))
                    .add(
                        "title",
                        JSON.createObjectBuilder()
                            .add("display", true)
                            .add("text", messages.text("dashboard.chart.axis.share"))));
    return barChart(labels, datasets, "x", scales);
  }

  /** The response chart's two value axes. */
  static final String HOURS_AXIS = "hours";

  static final String SHARE_AXIS = "share";

  private static String barChart(
      JsonArrayBuilder labels, JsonArrayBuilder datasets, String indexAxis) {
    return barChart(labels, datasets, indexAxis, null);
  }

  private static String barChart(
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      String indexAxis,
      jakarta.json.JsonObjectBuilder scales) {
    var options =
        JSON.createObjectBuilder().add("indexAxis", indexAxis).add("maintainAspectRatio", false);
    if (scales != null) {
      options.add("scales", scales);
    }
    return ascii(
        JSON.createObjectBuilder()
            .add("type", "bar")
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build()
            .toString());
  }

  /**
   * A chart's JSON with every character outside ASCII written as a JSON escape ({@code \\u1780} for
   * ក): the same labels for Chart.js, but the page's inline script stays a one-byte-per-character
   * string, which PrimeFaces' move-scripts-to-bottom writer rewrites several times per page; with
   * Khmer labels in it those rewrites took a tenth of the dashboard's render time.
   */
  static String ascii(String json) {
    var out = new StringBuilder(json.length() + 64);
    for (var i = 0; i < json.length(); i++) {
      var c = json.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        var hex = Integer.toHexString(c);
        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
      }
    }
    return out.toString();
  }

  private static jakarta.json.JsonObjectBuilder title(String text) {
    return JSON.createObjectBuilder().add("display", true).add("text", text);
  }

  private String placeName(String nameKm, String nameLatin) {
    return language.isKhmer() ? nameKm : nameLatin;
  }

  // ---------------------------------------------------------------- drill-down from the charts

  /** A bar of the over-time chart: that category's problems raised that month. */
  private String monthUrl(Category category, YearMonth month) {
    return context()
        + "/dashboard/problems?place="
        + encode(filter.placeCode())
        + (category == null ? "" : "&category=" + category.key())
        + "&month="
        + month;
  }

  /** A place bar: the dashboard of that place (down to a district), or the commune's forum. */
  private String placeUrl(String code) {
    return code.length() <= 4
        ? context()
            + "/dashboard?place="
            + code
            + (filter.category() == null ? "" : "&category=" + filter.category().key())
            + "&period="
            + filter.period().key()
        : context() + "/place/" + code;
  }

  public void selectMonth(ItemSelectEvent event) throws IOException {
    var axis = monthAxis();
    var categories = chartCategories();
    if (event.getItemIndex() < 0 || event.getItemIndex() >= axis.size()) {
      return;
    }
    var category =
        event.getDataSetIndex() < categories.size()
            ? categories.get(event.getDataSetIndex())
            : filter.category();
    redirect(monthUrl(category, axis.get(event.getItemIndex())));
  }

  public void selectPlace(ItemSelectEvent event) throws IOException {
    if (event.getItemIndex() >= 0 && event.getItemIndex() < getOpenByPlace().size()) {
      redirect(placeUrl(getOpenByPlace().get(event.getItemIndex()).code()));
    }
  }

  public void selectResponse(ItemSelectEvent event) throws IOException {
    if (event.getItemIndex() >= 0 && event.getItemIndex() < getResponses().size()) {
      redirect(context() + "/place/" + getResponses().get(event.getItemIndex()).code());
    }
  }

  /** The over-time chart's figures: month, problems raised, votes cast. */
  public List<FigureLine> getMonthFigures() {
    var category = filter.category();
    return monthAxis().stream()
        .map(
            month ->
                new FigureLine(
                    monthUrl(category, month),
                    month.toString(),
                    formats.number(sum(month, Dashboard.MonthCount::problems)),
                    formats.number(sum(month, Dashboard.MonthCount::votes)),
                    null))
        .toList();
  }

  /** The places chart's figures: place, open problems, problems. */
  public List<FigureLine> getPlaceFigures() {
    return getOpenByPlace().stream()
        .map(
            o ->
                new FigureLine(
                    placeUrl(o.code()),
                    placeName(o.nameKm(), o.nameLatin()),
                    formats.number(o.open()),
                    formats.number(o.problems()),
                    null))
        .toList();
  }

  /**
   * The response chart's figures: place, problems, median hours to a first answer, share answered
   * within 7 days.
   */
  public List<FigureLine> getResponseFigures() {
    return getResponses().stream()
        .map(
            s ->
                new FigureLine(
                    context() + "/place/" + s.code(),
                    placeName(s.nameKm(), s.nameLatin()),
                    formats.number(s.problems()),
                    s.medianHours() == null ? "–" : formats.number(Math.round(s.medianHours())),
                    formats.percent(s.answeredWithin7DaysShare())))
        .toList();
  }

  /**
   * Problems raised (or votes cast) in a month, all categories of the view: the figures table and
   * the votes line.
   */
  private long sum(
      YearMonth month, java.util.function.ToLongFunction<Dashboard.MonthCount> figure) {
    return getMonths().stream().filter(c -> c.month().equals(month)).mapToLong(figure).sum();
  }

  /** This request's figures (one aggregation run's), the same for the whole page. */
  private DashboardFigures.Snapshot figures() {
    return (DashboardFigures.Snapshot)
        FacesContext.getCurrentInstance()
            .getAttributes()
            .computeIfAbsent(DashboardFigures.Snapshot.class, key -> figures.snapshot());
  }

  private static void redirect(String url) throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().redirect(url);
  }

  private static String context() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
