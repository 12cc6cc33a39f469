package org.vedika.open311.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vedika.i18n.boundary.Language;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemStatus;

/**
 * Open311 GeoReport v2, read-only: services are the categories, requests the published problems.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311", description = "Open311 GeoReport v2 (read-only): categories and problems")
public class Open311Resource {

  /** GeoReport v2: at most 1,000 requests an answer, and a date range of at most 90 days. */
  static final int MAX_REQUESTS = 1000;

  static final Duration MAX_RANGE = Duration.ofDays(90);

  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle(Messages.BUNDLE, Language.ENGLISH);
  private static final ResourceBundle KHMER =
      ResourceBundle.getBundle(Messages.BUNDLE, Language.KHMER);

  @Inject Problems problems;
  @Inject Places places;

  /** A GeoReport v2 service: one of Vedika's categories. */
  @JsonbPropertyOrder({
    "serviceCode",
    "serviceName",
    "description",
    "metadata",
    "type",
    "keywords",
    "group"
  })
  @Schema(name = "Open311Service")
  public record ServiceJson(
      @JsonbProperty("service_code") String serviceCode,
      @JsonbProperty("service_name") String serviceName,
      @Schema(description = "The category's name in Khmer") String description,
      @Schema(description = "Always false: no extra attributes") boolean metadata,
      @Schema(enumeration = {"realtime"}) String type,
      String keywords,
      String group) {}

  /** A GeoReport v2 service request: one published problem. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "serviceRequestId",
    "status",
    "statusNotes",
    "serviceName",
    "serviceCode",
    "description",
    "agencyResponsible",
    "serviceNotice",
    "requestedDatetime",
    "updatedDatetime",
    "expectedDatetime",
    "address",
    "addressId",
    "zipcode",
    "lat",
    "lon",
    "mediaUrl"
  })
  @Schema(name = "Open311Request")
  public record RequestJson(
      @JsonbProperty("service_request_id") String serviceRequestId,
      @Schema(enumeration = {"open", "closed"}) String status,
      @Schema(nullable = true, description = "The commune official's latest answer")
          @JsonbNillable
          @JsonbProperty("status_notes")
          String statusNotes,
      @JsonbProperty("service_name") String serviceName,
      @JsonbProperty("service_code") String serviceCode,
      @Schema(description = "The problem's title and text, as published (numbers masked)")
          String description,
      @Schema(description = "The commune that answers for it") @JsonbProperty("agency_responsible")
          String agencyResponsible,
      @Schema(nullable = true) @JsonbNillable @JsonbProperty("service_notice") String serviceNotice,
      @JsonbProperty("requested_datetime") Instant requestedDatetime,
      @JsonbProperty("updated_datetime") Instant updatedDatetime,
      @Schema(nullable = true) @JsonbNillable @JsonbProperty("expected_datetime")
          Instant expectedDatetime,
      @Schema(description = "The village or commune, with its district and province")
          String address,
      @Schema(description = "The village or commune's national (NCDD) code")
          @JsonbProperty("address_id")
          String addressId,
      @Schema(nullable = true) @JsonbNillable String zipcode,
      @Schema(description = "The commune's centroid (not where the member is)") BigDecimal lat,
      @Schema(description = "The commune's centroid (not where the member is)")
          @JsonbProperty("long")
          BigDecimal lon,
      @Schema(nullable = true) @JsonbNillable @JsonbProperty("media_url") String mediaUrl) {}

  @GET
  @Path("services.json")
  @Operation(operationId = "open311Services", summary = "The services: Vedika's categories")
  @APIResponse(
      responseCode = "200",
      description = "Every category",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceJson.class)))
  @APIResponse(responseCode = "400", description = "A malformed parameter")
  public List<ServiceJson> services(
      @Parameter(description = "Accepted and ignored: Vedika is one jurisdiction")
          @QueryParam("jurisdiction_id")
          String jurisdiction) {
    return Arrays.stream(Category.values())
        .map(
            category ->
                new ServiceJson(
                    category.key(),
                    ENGLISH.getString("Category." + category.name()),
                    KHMER.getString("Category." + category.name()),
                    false,
                    "realtime",
                    "",
                    "social protection"))
        .toList();
  }

  @GET
  @Path("requests.json")
  @Operation(
      operationId = "open311Requests",
      summary = "Published problems, the newest first (at most 1,000; by default the last 90 days)")
  @APIResponse(
      responseCode = "200",
      description = "The matching problems",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RequestJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown service or status, a malformed date, or a range over 90 days")
  public List<RequestJson> requests(
      @Parameter(description = "Accepted and ignored: Vedika is one jurisdiction")
          @QueryParam("jurisdiction_id")
          String jurisdiction,
      @Parameter(description = "Problem ids, comma-separated: when given, the rest is ignored")
          @QueryParam("service_request_id")
          String requestIds,
      @Parameter(description = "Category keys, comma-separated") @QueryParam("service_code")
          String serviceCodes,
      @Parameter(description = "Earliest raising time (W3C, e.g. 2026-11-01T00:00:00Z)")
          @QueryParam("start_date")
          String startDate,
      @Parameter(description = "Latest raising time (W3C)") @QueryParam("end_date") String endDate,
      @Parameter(description = "open or closed, comma-separated") @QueryParam("status")
          String status) {
    if (requestIds != null && !requestIds.isBlank()) {
      var ids = list(requestIds, "service_request_id", Open311Resource::id);
      return json(
          problems.raisedBetween(Instant.EPOCH, far(), Set.of(), Set.of(), ids, ids.size()));
    }
    var to = endDate == null || endDate.isBlank() ? Instant.now() : instant(endDate, "end_date");
    var from =
        startDate == null || startDate.isBlank()
            ? to.minus(MAX_RANGE)
            : instant(startDate, "start_date");
    if (from.isAfter(to)) {
      throw new BadRequestException("start_date is after end_date");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw new BadRequestException("start_date to end_date spans more than 90 days");
    }
    var categories = list(serviceCodes, "service_code", Open311Resource::category);
    var statuses =
        list(status, "status", Open311Resource::statuses).stream()
            .flatMap(Set::stream)
            .collect(Collectors.toSet());
    // end_date is inclusive: a request raised at that very instant is in
    return json(
        problems.raisedBetween(
            from, to.plusMillis(1), categories, statuses, Set.of(), MAX_REQUESTS));
  }

  @GET
  @Path("requests/{id}.json")
  @Operation(operationId = "open311Request", summary = "One published problem, as a list of one")
  @APIResponse(
      responseCode = "200",
      description = "The problem",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RequestJson.class)))
  @APIResponse(responseCode = "400", description = "The id is not a number")
  @APIResponse(responseCode = "404", description = "No published problem has this id")
  public List<RequestJson> request(
      @Parameter(
              description = "The problem's number",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          String id,
      @Parameter(description = "Accepted and ignored: Vedika is one jurisdiction")
          @QueryParam("jurisdiction_id")
          String jurisdiction) {
    var found = problems.find(id(id)).orElseThrow(() -> new NotFoundException("No request " + id));
    return json(List.of(found));
  }

  private List<RequestJson> json(List<Problem> found) {
    var answers = problems.latestOfficialAnswers(found.stream().map(Problem::getId).toList());
    var located = new HashMap<String, Located>();
    return found.stream()
        .map(
            problem -> {
              var commune = located.computeIfAbsent(problem.getCommuneCode(), this::locate);
              var place = problem.getPlace();
              var chain = places.lineage(place);
              return new RequestJson(
                  String.valueOf(problem.getId()),
                  problem.getStatus().isUnresolved() ? "open" : "closed",
                  answers.containsKey(problem.getId())
                      ? answers.get(problem.getId()).getBody()
                      : null,
                  ENGLISH.getString("Category." + problem.getCategory().name()),
                  problem.getCategory().key(),
                  problem.getTitle() + "\n\n" + problem.getBody(),
                  commune.agency(),
                  null,
                  problem.getCreatedAt(),
                  problem.getLastActivityAt(),
                  null,
                  chain.stream()
                      .map(p -> p.title(Language.ENGLISH))
                      .collect(Collectors.joining(", ")),
                  place.getCode(),
                  null,
                  commune.lat(),
                  commune.lon(),
                  null);
            })
        .toList();
  }

  /** A commune's name as the agency, and its centroid (or its district's, or province's). */
  private record Located(String agency, BigDecimal lat, BigDecimal lon) {}

  private Located locate(String communeCode) {
    var commune =
        places.find(communeCode).orElseThrow(() -> new IllegalStateException(communeCode));
    var agency = commune.title(Language.ENGLISH);
    if (commune.getLat() != null) {
      return new Located(agency, commune.getLat(), commune.getLon());
    }
    // the district first, then the province
    return places.lineage(commune).stream()
        .skip(1)
        .filter(parent -> parent.getLat() != null)
        .findFirst()
        .map(parent -> new Located(agency, parent.getLat(), parent.getLon()))
        .orElse(new Located(agency, null, null));
  }

  private static Instant far() {
    return Instant.now().plus(Duration.ofDays(1));
  }

  private static <T> Set<T> list(String values, String name, Function<String, T> parse) {
    if (values == null || values.isBlank()) {
      return Set.of();
    }
    var parsed = new LinkedHashSet<T>();
    for (var value : values.split(",")) {
      if (!value.isBlank()) {
        parsed.add(parse.apply(value.strip()));
      }
    }
    if (parsed.size() > MAX_REQUESTS) {
      throw new BadRequestException(name + ": at most " + MAX_REQUESTS + " values");
    }
    return parsed;
  }

  private static long id(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException("service_request_id: not a number: " + value);
    }
  }

  private static Category category(String key) {
    return Category.of(key)
        .orElseThrow(() -> new BadRequestException("service_code: no service " + key));
  }

  private static Set<ProblemStatus> statuses(String value) {
    return switch (value) {
      case "open" ->
          Arrays.stream(ProblemStatus.values())
              .filter(ProblemStatus::isUnresolved)
              .collect(Collectors.toSet());
      case "closed" ->
          Arrays.stream(ProblemStatus.values())
              .filter(s -> !s.isUnresolved())
              .collect(Collectors.toSet());
      default -> throw new BadRequestException("status: open or closed, not " + value);
    };
  }

  private static Instant instant(String value, String name) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notADateTime) {
      try {
        return LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        throw new BadRequestException(name + ": not a W3C date-time: " + value);
      }
    }
  }
}
