package org.vedika.response.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.Place;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemStatus;

/**
 * {@code /inbox}: the open problems of the communes an official answers for, in a PrimeFaces lazy
 * table (one page of rows read at a time), narrowed by village, category and status and ordered by
 * votes, waiting time or newest from a filter bar above it (a phone shows the table as cards, where
 * column filters would be hidden).
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Inbox inbox;
  @Inject Places places;
  @Inject CurrentMember me;

  private List<String> communes = List.of();
  private final Rows rows = new Rows();
  private String village;
  private Category category;
  private ProblemStatus status;
  private Inbox.Order order = Inbox.Order.VOTES;

  @PostConstruct
  void init() {
    if (me.isLoggedIn()) {
      communes = me.communesAnswered();
    }
  }

  /** View action: members only, officials only (checked here, on the server). */
  public void load() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    } else if (communes.isEmpty()) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Officials only");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public LazyDataModel<Problem> getRows() {
    return rows;
  }

  public List<Place> getCommunes() {
    return communes.stream().map(places::find).flatMap(java.util.Optional::stream).toList();
  }

  /** The villages of the official's communes, for the village filter. */
  public List<Place> getVillages() {
    return communes.stream().flatMap(code -> places.children(code).stream()).toList();
  }

  public long getWaitingForFirstAnswer() {
    return inbox.waitingForFirstAnswer(communes);
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public ProblemStatus[] getStatuses() {
    return ProblemStatus.values();
  }

  public Inbox.Order[] getOrders() {
    return Inbox.Order.values();
  }

  public String getVillage() {
    return village;
  }

  public void setVillage(String village) {
    this.village = village;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public ProblemStatus getStatus() {
    return status;
  }

  public void setStatus(ProblemStatus status) {
    this.status = status;
  }

  public Inbox.Order getOrder() {
    return order;
  }

  public void setOrder(Inbox.Order order) {
    this.order = order == null ? Inbox.Order.VOTES : order;
  }

  /** Rows of the table, read a page at a time with the table's filters and sort. */
  private class Rows extends LazyDataModel<Problem> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return inbox.count(filter());
    }

    @Override
    public List<Problem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return inbox.page(filter(), order, first, pageSize);
    }

    @Override
    public String getRowKey(Problem problem) {
      return String.valueOf(problem.getId());
    }

    @Override
    public Problem getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : ((List<Problem>) getWrappedData())
              .stream().filter(p -> getRowKey(p).equals(rowKey)).findFirst().orElse(null);
    }

    /** The filter bar's choices; a village outside the official's communes narrows to nothing. */
    private Inbox.Filter filter() {
      var chosenVillage = village == null || village.isBlank() ? null : village;
      return new Inbox.Filter(communes, category, status, chosenVillage);
    }
  }
}
