package org.vedika.problem.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vedika.place.boundary.Places;
import org.vedika.problem.control.ProblemSort;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.ProblemStatus;

/** Published problems as open data. */
@Path("problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Problems", description = "Published problems of the village and commune forums")
public class ProblemsResource {

  @Inject Problems problems;
  @Inject Places places;

  @GET
  @Operation(summary = "A page of published problems of a place (or the whole country)")
  @APIResponse(responseCode = "400", description = "Unknown sort, category, status or place code")
  public List<ProblemJson> list(
      @Parameter(
              description =
                  "Place code; a commune includes its villages, a district or province all beneath it")
          @QueryParam("place")
          String place,
      @Parameter(description = "hot, new, top, top-week, top-month, waiting or solved")
          @QueryParam("sort")
          @DefaultValue("hot")
          String sort,
      @Parameter(description = "Category key, e.g. nssf-health-workers") @QueryParam("category")
          String category,
      @Parameter(description = "open, acknowledged, in-progress, resolved or closed")
          @QueryParam("status")
          String status,
      @Parameter(description = "Page number from 0; 20 problems a page")
          @QueryParam("page")
          @DefaultValue("0")
          int page,
      @Parameter(
              description =
                  "Khmer or English words: the best matches first (sort and page ignored)")
          @QueryParam("q")
          String q,
      @Parameter(description = "true: solved problems only (with q; without it, sort=solved)")
          @QueryParam("solved")
          boolean solved) {
    var scope =
        place == null || place.isBlank()
            ? null
            : places
                .find(place)
                .orElseThrow(() -> new BadRequestException("No place has code " + place));
    var order =
        ProblemSort.of(sort).orElseThrow(() -> new BadRequestException("Unknown sort " + sort));
    var inCategory =
        category == null || category.isBlank()
            ? null
            : Category.of(category)
                .orElseThrow(() -> new BadRequestException("Unknown category " + category));
    var inStatus =
        status == null || status.isBlank()
            ? null
            : ProblemStatus.of(status)
                .orElseThrow(() -> new BadRequestException("Unknown status " + status));
    if (page < 0) {
      throw new BadRequestException("Pages start at 0");
    }
    if (q != null && !q.isBlank()) {
      if (q.length() > Problems.SEARCH_MAX) {
        throw new BadRequestException(
            "A search has at most " + Problems.SEARCH_MAX + " characters");
      }
      return problems.search(q, scope, solved, Problems.PAGE_SIZE).stream()
          .filter(p -> inCategory == null || p.getCategory() == inCategory)
          .filter(p -> inStatus == null || p.getStatus() == inStatus)
          .map(problem -> ProblemJson.of(problem))
          .toList();
    }
    if (solved) {
      order = ProblemSort.SOLVED;
    }
    return problems.list(scope, order, inCategory, inStatus, page).getItems().stream()
        .map(problem -> ProblemJson.of(problem))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One published problem with its replies")
  @APIResponse(responseCode = "404", description = "No published problem has this id")
  public ProblemJson problem(@PathParam("id") long id) {
    var problem =
        problems.find(id).orElseThrow(() -> new NotFoundException("No published problem " + id));
    return ProblemJson.of(problem, problems.replies(id), problems.timeline(id));
  }
}
