package org.vedika.response.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.PlaceCode;

/** How fast communes answer, as open data (also what the policymakers' dashboard reads). */
@Path("response-times")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Response times",
    description = "How fast commune officials answer and resolve problems")
public class ResponseTimesResource {

  @Inject ResponseTimes responseTimes;
  @Inject Places places;

  /** An area's response figures. */
  @JsonbPropertyOrder({
    "place",
    "problems",
    "answered",
    "answeredWithin7Days",
    "answeredWithin7DaysShare",
    "resolved",
    "resolvedShare",
    "medianHoursToFirstAnswer",
    "waitingLongest"
  })
  @Schema(name = "ResponseTimes")
  public record FiguresJson(
      String place,
      @Schema(type = SchemaType.INTEGER, format = "int64") long problems,
      @Schema(type = SchemaType.INTEGER, format = "int64") long answered,
      @Schema(type = SchemaType.INTEGER, format = "int64") long answeredWithin7Days,
      double answeredWithin7DaysShare,
      @Schema(type = SchemaType.INTEGER, format = "int64") long resolved,
      double resolvedShare,
      @Schema(
              nullable = true,
              description =
                  "Median hours from raising to the first official answer, over answered problems")
          Double medianHoursToFirstAnswer,
      @Schema(
              type = SchemaType.ARRAY,
              implementation = WaitingJson.class,
              description = "Open problems with no official answer, the oldest first")
          List<WaitingJson> waitingLongest) {}

  @Schema(name = "WaitingProblem")
  public record WaitingJson(
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      String title,
      Instant createdAt) {}

  @GET
  @Path("{code}")
  @Operation(
      operationId = "getResponseTimes",
      summary = "Response figures of a commune, district or province (every commune beneath)")
  @APIResponse(
      responseCode = "200",
      description = "The area's figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FiguresJson.class)))
  @APIResponse(responseCode = "400", description = "Not a 2, 4 or 6 digit code")
  @APIResponse(responseCode = "404", description = "No place has this code")
  public FiguresJson of(@PathParam("code") String code) {
    if (!PlaceCode.isWellFormed(code) || code.length() > 6) {
      throw new BadRequestException(
          "A province, district or commune code has 2, 4 or 6 digits: " + code);
    }
    var area = places.find(code).orElseThrow(() -> new NotFoundException("No place " + code));
    var figures = responseTimes.of(area);
    return new FiguresJson(
        code,
        figures.problems(),
        figures.answered(),
        figures.answeredWithin7Days(),
        figures.answeredWithin7DaysShare(),
        figures.resolved(),
        figures.resolvedShare(),
        figures.medianFirstAnswer() == null
            ? null
            : figures.medianFirstAnswer().toSeconds() / 3600.0,
        figures.waitingLongest().stream()
            .map(p -> new WaitingJson(p.getId(), p.getTitle(), p.getCreatedAt()))
            .toList());
  }
}
