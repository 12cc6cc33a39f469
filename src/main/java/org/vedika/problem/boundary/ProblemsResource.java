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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

  /** The most problems a page of the API holds. */
  static final int MAX_SIZE = 100;

  /** The header with how many problems the pages hold in all. */
  static final String TOTAL = "X-Total-Count";

  @GET
  @Operation(
      operationId = "listProblems",
      summary = "A page of published problems of a place (or the whole country)")
  @APIResponse(
      responseCode = "200",
      description = "The page's problems, most relevant first",
      headers =
          @Header(
              name = TOTAL,
              description = "How many problems the pages hold in all (with q: the matches)",
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ProblemJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Unknown sort, category, status or place code; a malformed page or size")
  public Response list(
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
      @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0")
          int page,
      @Parameter(description = "Problems a page, 1 to " + MAX_SIZE)
          @QueryParam("size")
          @DefaultValue("20")
          int size,
      @Parameter(
              description =
                  "Khmer or English words: the best matches first (sort and page ignored)")
          @QueryParam("q")
          String q,
      @Parameter(description = "true: solved problems only (with q; without it, sort=solved)")
          @QueryParam("solved")
          @DefaultValue("false")
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
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("size is from 1 to " + MAX_SIZE);
    }
    if (q != null && !q.isBlank()) {
      if (q.length() > Problems.SEARCH_MAX) {
        throw new BadRequestException(
            "A search has at most " + Problems.SEARCH_MAX + " characters");
      }
      var found =
          problems.search(q, scope, solved, size).stream()
              .filter(p -> inCategory == null || p.getCategory() == inCategory)
              .filter(p -> inStatus == null || p.getStatus() == inStatus)
              .map(problem -> ProblemJson.of(problem))
              .toList();
      return Response.ok(found).header(TOTAL, found.size()).build();
    }
    if (solved) {
      order = ProblemSort.SOLVED;
    }
    var items =
        problems.list(scope, order, inCategory, inStatus, page, size).getItems().stream()
            .map(problem -> ProblemJson.of(problem))
            .toList();
    return Response.ok(items)
        .header(TOTAL, problems.count(scope, order, inCategory, inStatus))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getProblem", summary = "One published problem with its replies")
  @APIResponse(
      responseCode = "200",
      description = "The problem, its replies and its status history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProblemJson.class)))
  @APIResponse(responseCode = "400", description = "The id is not a number")
  @APIResponse(responseCode = "404", description = "No published problem has this id")
  public ProblemJson problem(
      @Parameter(
              description = "The problem's number, as in /problem/{id}",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    var problem =
        problems.find(id).orElseThrow(() -> new NotFoundException("No published problem " + id));
    return ProblemJson.of(problem, problems.replies(id), problems.timeline(id));
  }
}
