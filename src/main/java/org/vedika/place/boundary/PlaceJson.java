package org.vedika.place.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vedika.place.entity.Place;

/** A place as the open-data API shows it. */
@JsonbNillable
@JsonbPropertyOrder({"code", "level", "nameKm", "nameEn", "parentCode"})
@Schema(name = "Place", description = "A province, district, commune or village of Cambodia")
public record PlaceJson(
    @Schema(description = "National (NCDD) code: 2, 4, 6 or 8 digits", example = "05")
        String code,
    @Schema(enumeration = {"province", "district", "commune", "village"}) String level,
    @Schema(description = "Name in Khmer", example = "កំពង់ស្ពឺ") String nameKm,
    @Schema(description = "Name in Latin letters (gazetteer)", example = "Kampong Speu")
        String nameEn,
    @Schema(description = "Code of the parent place; null for a province", nullable = true)
        String parentCode) {

  static PlaceJson of(Place place) {
    return new PlaceJson(
        place.getCode(),
        place.getLevel().key(),
        place.getNameKm(),
        place.getNameLatin(),
        place.getParentCode());
  }
}
