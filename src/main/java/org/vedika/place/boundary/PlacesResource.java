package org.vedika.place.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceCode;
import org.vedika.place.entity.PlaceLevel;

/** The gazetteer as open data. */
@Path("places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places", description = "Cambodia's provinces, districts, communes and villages")
public class PlacesResource {

  @Inject Places places;

  /** The longest name part the finder takes. */
  static final int Q_MAX = 100;

  @GET
  @Operation(
      operationId = "listPlaces",
      summary = "The 25 provinces, or the places whose name contains q")
  @APIResponse(
      responseCode = "200",
      description = "The provinces, or at most 20 matches (none for a q under 2 characters)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PlaceJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "q longer than 100 characters, or an unknown level")
  public List<PlaceJson> provincesOrMatches(
      @Parameter(description = "Part of a Khmer or Latin name (at least 2 characters)")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "With q: only places of this level",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"province", "district", "commune", "village"}))
          @QueryParam("level")
          String level) {
    if (q != null && q.length() > Q_MAX) {
      throw new BadRequestException("q has at most " + Q_MAX + " characters");
    }
    var atLevel =
        level == null || level.isBlank()
            ? null
            : java.util.Arrays.stream(PlaceLevel.values())
                .filter(l -> l.key().equals(level))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("level: no level " + level));
    var found =
        q == null
            ? places.provinces()
            : atLevel == null ? places.findByName(q) : places.findByName(q, atLevel);
    return found.stream().map(this::json).toList();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getPlace", summary = "One place")
  @APIResponse(
      responseCode = "200",
      description = "The place",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlaceJson.class)))
  @APIResponse(responseCode = "400", description = "Not a 2, 4, 6 or 8 digit code")
  @APIResponse(responseCode = "404", description = "No place has this code")
  public PlaceJson place(@PathParam("code") String code) {
    return json(existing(code));
  }

  @GET
  @Path("{code}/children")
  @Operation(
      operationId = "listPlaceChildren",
      summary = "The districts of a province, communes of a district or villages of a commune")
  @APIResponse(
      responseCode = "200",
      description = "The places one level below, by code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PlaceJson.class)))
  @APIResponse(responseCode = "400", description = "Not a 2, 4, 6 or 8 digit code")
  @APIResponse(responseCode = "404", description = "No place has this code")
  public List<PlaceJson> children(@PathParam("code") String code) {
    existing(code);
    return places.children(code).stream().map(this::json).toList();
  }

  private PlaceJson json(Place place) {
    return PlaceJson.of(places.lineage(place));
  }

  private Place existing(String code) {
    if (!PlaceCode.isWellFormed(code)) {
      throw new BadRequestException("A place code has 2, 4, 6 or 8 digits: " + code);
    }
    return places.find(code).orElseThrow(() -> new NotFoundException("No place has code " + code));
  }
}
