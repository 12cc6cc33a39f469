package org.vedika.place.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One unit of the gazetteer: a province, district, commune or village. Read-only at run time, so it
 * lives in the shared cache and its lists in EclipseLink's query-results cache.
 */
@Entity
@Table(name = "place")
@Cacheable
@NamedQuery(
    name = Place.FIND_PROVINCES,
    query =
        "SELECT p FROM Place p WHERE p.level = org.vedika.place.entity.PlaceLevel.PROVINCE"
            + " ORDER BY p.code",
    hints = @QueryHint(name = Place.RESULTS_CACHE, value = "true"))
@NamedQuery(
    name = Place.FIND_CHILDREN,
    query = "SELECT p FROM Place p WHERE p.parentCode = :code ORDER BY p.code",
    hints = @QueryHint(name = Place.RESULTS_CACHE, value = "true"))
@NamedQuery(
    name = Place.FIND_BY_NAME,
    query =
        "SELECT p FROM Place p WHERE LOWER(p.nameLatin) LIKE :latin OR p.nameKm LIKE :khmer"
            + " ORDER BY LENGTH(p.code), p.nameLatin, p.code")
@NamedQuery(
    name = Place.FIND_BY_NAME_AT_LEVEL,
    query =
        "SELECT p FROM Place p WHERE p.level = :level"
            + " AND (LOWER(p.nameLatin) LIKE :latin OR p.nameKm LIKE :khmer)"
            + " ORDER BY p.nameLatin, p.code")
@NamedQuery(
    name = Place.COUNT_CHILDREN,
    query =
        "SELECT NEW org.vedika.place.entity.Place$ChildCount(p.parentCode, COUNT(p))"
            + " FROM Place p WHERE p.parentCode IN :codes GROUP BY p.parentCode")
public class Place {

  public static final String FIND_PROVINCES = "Place.findProvinces";
  public static final String FIND_CHILDREN = "Place.findChildren";
  public static final String FIND_BY_NAME = "Place.findByName";
  public static final String FIND_BY_NAME_AT_LEVEL = "Place.findByNameAtLevel";
  public static final String COUNT_CHILDREN = "Place.countChildren";

  /**
   * A row of {@link #COUNT_CHILDREN}: a place's code and how many children it has ({@code Long}:
   * EclipseLink finds the constructor by the types of COUNT's result).
   */
  public record ChildCount(String parentCode, Long children) {}

  /** EclipseLink's hint name; the gazetteer never changes while Vedika runs. */
  static final String RESULTS_CACHE = "eclipselink.query-results-cache";

  public static final int NAME_MAX = 64;
  public static final int TYPE_MAX = 16;
  private static final Locale KHMER = Locale.forLanguageTag("km");

  @Id
  @Column(length = PlaceCode.MAX_LENGTH)
  private String code;

  @Column(name = "parent_code", length = PlaceCode.MAX_LENGTH - 2)
  private String parentCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PlaceLevel level;

  @Column(name = "type_km", nullable = false, length = TYPE_MAX)
  private String typeKm;

  @Column(name = "type_latin", nullable = false, length = TYPE_MAX)
  private String typeLatin;

  @Column(name = "type_en", nullable = false, length = TYPE_MAX)
  private String typeEn;

  @Column(name = "name_km", nullable = false, length = NAME_MAX)
  private String nameKm;

  @Column(name = "name_latin", nullable = false, length = NAME_MAX)
  private String nameLatin;

  @Column(precision = 9, scale = 6)
  private BigDecimal lat;

  @Column(precision = 9, scale = 6)
  private BigDecimal lon;

  protected Place() {}

  public Place(
      String code,
      PlaceLevel level,
      String typeKm,
      String typeEn,
      String nameKm,
      String nameLatin) {
    if (!PlaceCode.isWellFormed(code) || PlaceLevel.ofCode(code) != level) {
      throw new IllegalArgumentException("Code " + code + " is not a " + level + " code.");
    }
    this.code = code;
    this.parentCode = level == PlaceLevel.PROVINCE ? null : code.substring(0, code.length() - 2);
    this.level = level;
    this.typeKm = typeKm;
    this.typeLatin = typeEn;
    this.typeEn = typeEn;
    this.nameKm = nameKm;
    this.nameLatin = nameLatin;
  }

  /** The name in the reader's language: Khmer for km, the gazetteer's Latin name otherwise. */
  public String name(Locale locale) {
    return isKhmer(locale) ? nameKm : nameLatin;
  }

  /** The name with its unit: "ខេត្តកំពង់ស្ពឺ" in Khmer, "Kampong Speu Province" otherwise. */
  public String title(Locale locale) {
    if (!isKhmer(locale)) {
      return nameLatin + " " + typeEn;
    }
    // 661 villages are named with the word itself ("ភូមិ ១", "ភូមិថ្មី"): not "ភូមិភូមិ ១"
    return nameKm.startsWith(typeKm) ? nameKm : typeKm + nameKm;
  }

  /** The unit type in the reader's language: ខេត្ត, ស្រុក, ឃុំ … or Province, District, … */
  public String type(Locale locale) {
    return isKhmer(locale) ? typeKm : typeEn;
  }

  /** The codes of this place's province, district and commune that lie above it. */
  public List<String> ancestorCodes() {
    return PlaceCode.ancestors(code);
  }

  /** Communes and villages are where problems are raised. */
  public boolean hasForum() {
    return level == PlaceLevel.COMMUNE || level == PlaceLevel.VILLAGE;
  }

  private static boolean isKhmer(Locale locale) {
    return locale == null || KHMER.getLanguage().equals(locale.getLanguage());
  }

  public String getCode() {
    return code;
  }

  public String getParentCode() {
    return parentCode;
  }

  public PlaceLevel getLevel() {
    return level;
  }

  public String getTypeKm() {
    return typeKm;
  }

  public String getTypeLatin() {
    return typeLatin;
  }

  public String getTypeEn() {
    return typeEn;
  }

  public String getNameKm() {
    return nameKm;
  }

  public String getNameLatin() {
    return nameLatin;
  }

  public BigDecimal getLat() {
    return lat;
  }

  public BigDecimal getLon() {
    return lon;
  }

  @Override
  public String toString() {
    return code + " " + nameLatin;
  }
}
