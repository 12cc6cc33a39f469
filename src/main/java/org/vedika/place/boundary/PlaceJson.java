package org.vedika.place.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vedika.i18n.boundary.Language;
import org.vedika.place.entity.Place;

/** A place as the open-data API shows it. */
@JsonbNillable
@JsonbPropertyOrder({"code", "level", "nameKm", "nameEn", "parentCode", "pathKm", "pathEn"})
@Schema(name = "Place", description = "A province, district, commune or village of Cambodia")
public record PlaceJson(
    @Schema(description = "National (NCDD) code: 2, 4, 6 or 8 digits", example = "05") String code,
    @Schema(enumeration = {"province", "district", "commune", "village"}) String level,
    @Schema(description = "Name in Khmer", example = "កំពង់ស្ពឺ") String nameKm,
    @Schema(description = "Name in Latin letters (gazetteer)", example = "Kampong Speu")
        String nameEn,
    @Schema(description = "Code of the parent place; null for a province", nullable = true)
        String parentCode,
    @Schema(
            description = "The place and its parents in Khmer, as names repeat",
            example = "ឃុំរលាំងចក · ស្រុកសំរោងទង · ខេត្តកំពង់ស្ពឺ")
        String pathKm,
    @Schema(
            description = "The place and its parents in Latin letters",
            example = "Roleang Chak · Samraong Tong · Kampong Speu")
        String pathEn) {

  /** A place from its lineage ({@link Places#lineage}: the place first, its province last). */
  static PlaceJson of(java.util.List<Place> chain) {
    var place = chain.get(0);
    return new PlaceJson(
        place.getCode(),
        place.getLevel().key(),
        place.getNameKm(),
        place.getNameLatin(),
        place.getParentCode(),
        chain.stream()
            .map(p -> p.title(Language.KHMER))
            .collect(java.util.stream.Collectors.joining(" · ")),
        chain.stream()
            .map(p -> p.title(Language.ENGLISH))
            .collect(java.util.stream.Collectors.joining(" · ")));
  }
}
