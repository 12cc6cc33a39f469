package org.vedika.dashboard.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.dashboard.boundary.Dashboard.Filter;
import org.vedika.i18n.boundary.Formats;
import org.vedika.i18n.boundary.Messages;
import org.vedika.problem.entity.Category;
import org.vedika.recurring.boundary.Grouping;
import org.vedika.recurring.entity.RecurringProblem;

/**
 * {@code /recurring/{id}}: a recurring problem — its names, the parts of its rank in the
 * dashboard's view (place, period, status from the query string) and the problems behind it; and,
 * for its curators, rename, split (chosen problems into a new group, or out of every group), merge
 * into another group and add a problem. Dashboard readers and curators only.
 */
@Named
@ViewScoped
public class RecurringBacking extends org.vedika.dashboard.boundary.DashboardView {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 100;

  @Inject Grouping grouping;
  @Inject Dashboard dashboard;
  @Inject CurrentMember me;
  @Inject Messages messages;
  @Inject Formats formats;
  @Inject org.vedika.i18n.boundary.Language language;
  @Inject org.vedika.place.boundary.Places places;

  private Long id;

  private RecurringProblem group;
  private Filter filter;
  private boolean curator;
  private Dashboard.Row row;
  private List<Dashboard.Behind> problems = List.of();
  private List<Dashboard.Spot> spots = List.of();

  private String titleKm;
  private String titleEn;
  private String category;
  private final Map<Long, Boolean> chosen = new LinkedHashMap<>();
  private String splitKm;
  private String splitEn;
  private Long mergeInto;
  private Long addProblem;

  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    group = id == null ? null : grouping.find(id).orElse(null);
    if (group == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No recurring problem " + id);
      context.responseComplete();
      return;
    }
    var scopes = Dashboard.scopes(me.grants());
    curator = grouping.curates(me.getId(), id);
    // dashboard readers see it within their places; a curator who reads no dashboard, nationally
    var code = dashboard.readable(scopes, place, false);
    if (code.isEmpty() && !(curator && dashboard.viewable(Dashboard.asked(scopes, place), false))) {
      external.responseSendError(
          HttpServletResponse.SC_FORBIDDEN, "Dashboard readers and curators only");
      context.responseComplete();
      return;
    }
    place = code.orElse(scopes.isEmpty() ? "" : scopes.get(0));
    filter = filter(place);
    refresh();
    titleKm = group.getTitleKm();
    titleEn = group.getTitleEn();
    category = group.getCategory().key();
  }

  private void refresh() {
    row = dashboard.subject("R", id, filter).orElse(null);
    problems = dashboard.behind(filter, id, null, 0, PAGE);
    spots = dashboard.spots(id, filter);
    problems.forEach(p -> chosen.putIfAbsent(p.id(), false));
  }

  public String parts() {
    return row == null
        ? ""
        : org.vedika.dashboard.boundary.DashboardBacking.partsText(messages, formats, row.parts());
  }

  public void rename() {
    act(
        () ->
            grouping.rename(
                me.get().orElseThrow(), id, titleKm, titleEn, Category.of(category).orElseThrow()),
        "recurring.renamed");
  }

  public void split() {
    var ids = new ArrayList<Long>();
    chosen.forEach(
        (problem, yes) -> {
          if (Boolean.TRUE.equals(yes)) {
            ids.add(problem);
          }
        });
    if (act(
        () -> grouping.split(me.get().orElseThrow(), id, ids, splitKm, splitEn),
        "recurring.split.done")) {
      splitKm = null;
      splitEn = null;
      chosen.replaceAll((k, v) -> false);
    }
  }

  public void merge() throws IOException {
    if (mergeInto == null) {
      messages.error("curate:merge-into", "recurring.merge.same");
      return;
    }
    try {
      grouping.merge(me.get().orElseThrow(), id, mergeInto);
    } catch (Refusal refusal) {
      messages.error(null, refusal.bundleKey());
      return;
    }
    // this group is gone: on to the one it joined, at its own address
    org.vedika.Pages.redirect("/recurring/" + mergeInto);
  }

  public void add() {
    if (addProblem != null
        && act(() -> grouping.add(me.get().orElseThrow(), id, addProblem), "recurring.added")) {
      addProblem = null;
    }
  }

  /**
   * Runs a curator's step; a refusal is said and the form keeps what was typed. Whether it was
   * done.
   */
  private boolean act(Runnable action, String done) {
    try {
      action.run();
      group = grouping.find(id).orElseThrow();
      refresh();
      messages.info(null, done);
      return true;
    } catch (Refusal refusal) {
      messages.refused(refusal);
      return false;
    }
  }

  // ---------------------------------------------------------------- the map (inline SVG, no tiles)

  /** A point of the map: SVG coordinates, a radius, a label. */
  public record MapPoint(double x, double y, double r, String label, long count) {}

  /** Cambodia's extent, in degrees, and the map's scale: 100 SVG units a degree. */
  static final double WEST = 102.2;

  static final double NORTH = 14.8;

  static double x(double lon) {
    return Math.round((lon - WEST) * 1000) / 10.0;
  }

  static double y(double lat) {
    return Math.round((NORTH - lat) * 1000) / 10.0;
  }

  /**
   * Cambodia's outline, longitude and latitude pairs: Natural Earth's 1:110m country polygon
   * (public domain, naturalearthdata.com) — enough for a policymaker to see where the dots are,
   * drawn inline without any tile server.
   */
  static final double[][] OUTLINE = {
    {103.49728, 10.632555}, {103.09069, 11.153661}, {102.584932, 12.186595},
    {102.348099, 13.394247}, {102.988422, 14.225721}, {104.281418, 14.416743},
    {105.218777, 14.273212}, {106.043946, 13.881091}, {106.496373, 14.570584},
    {107.382727, 14.202441}, {107.614548, 13.535531}, {107.491403, 12.337206},
    {105.810524, 11.567615}, {106.24967, 10.961812}, {105.199915, 10.88931},
    {104.334335, 10.486544}
  };

  /** The outline as an SVG path in the map's coordinates. */
  public String getOutline() {
    var path = new StringBuilder();
    for (var i = 0; i < OUTLINE.length; i++) {
      path.append(i == 0 ? "M" : " L")
          .append(x(OUTLINE[i][0]))
          .append(',')
          .append(y(OUTLINE[i][1]));
    }
    return path.append(" Z").toString();
  }

  /** The communes where it is reported, a dot each, larger with more problems. */
  public List<MapPoint> getSpots() {
    return spots.stream()
        .map(
            s ->
                new MapPoint(
                    x(s.lon()),
                    y(s.lat()),
                    Math.round((3 + 2.5 * Math.sqrt(s.problems())) * 10) / 10.0,
                    (language.isKhmer() ? s.nameKm() : s.nameLatin()),
                    s.problems()))
        .toList();
  }

  /**
   * The provinces, for orientation: their centroids and names, with how many of its problems each
   * holds (the map writes the count beside the provinces that have any).
   */
  public List<MapPoint> getProvinces() {
    return places.provinces().stream()
        .filter(p -> p.getLat() != null && p.getLon() != null)
        .map(
            p ->
                new MapPoint(
                    x(p.getLon().doubleValue()),
                    y(p.getLat().doubleValue()),
                    1.5,
                    p.name(language.getLocale()),
                    spots.stream()
                        .filter(spot -> spot.code().startsWith(p.getCode()))
                        .mapToLong(Dashboard.Spot::problems)
                        .sum()))
        .toList();
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public RecurringProblem getGroup() {
    return group;
  }

  public boolean isCurator() {
    return curator;
  }

  public Dashboard.Row getRow() {
    return row;
  }

  public List<Dashboard.Behind> getProblems() {
    return problems;
  }

  public Map<Long, Boolean> getChosen() {
    return chosen;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitleKm() {
    return titleKm;
  }

  public void setTitleKm(String titleKm) {
    this.titleKm = titleKm;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSplitKm() {
    return splitKm;
  }

  public void setSplitKm(String splitKm) {
    this.splitKm = splitKm;
  }

  public String getSplitEn() {
    return splitEn;
  }

  public void setSplitEn(String splitEn) {
    this.splitEn = splitEn;
  }

  public Long getMergeInto() {
    return mergeInto;
  }

  public void setMergeInto(Long mergeInto) {
    this.mergeInto = mergeInto;
  }

  public Long getAddProblem() {
    return addProblem;
  }

  public void setAddProblem(Long addProblem) {
    this.addProblem = addProblem;
  }
}
