package org.vedika.place.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vedika.place.control.V2__LoadGazetteer;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceCode;
import org.vedika.place.entity.PlaceLevel;

/** Reads the gazetteer. */
@ApplicationScoped
@Transactional
public class Places {

  /** The place finder never lists more than this many matches. */
  public static final int FINDER_LIMIT = 20;

  /** Shorter queries match too much to be useful. */
  public static final int FINDER_MIN_LENGTH = 2;

  public static final int FINDER_MAX_LENGTH = 64;

  @PersistenceContext EntityManager em;

  public Optional<Place> find(String code) {
    if (!PlaceCode.isWellFormed(code)) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Place.class, code));
  }

  public List<Place> provinces() {
    return em.createNamedQuery(Place.FIND_PROVINCES, Place.class).getResultList();
  }

  public List<Place> children(String code) {
    return em.createNamedQuery(Place.FIND_CHILDREN, Place.class)
        .setParameter("code", code)
        .getResultList();
  }

  /** The place's province, district and commune, from the top down (empty for a province). */
  public List<Place> ancestors(Place place) {
    // one shared-cache hit per ancestor: cheaper than a query, even for a list of places
    return place.ancestorCodes().stream().map(code -> em.find(Place.class, code)).toList();
  }

  /** The place, then its parents up to its province (what a place's name is read with). */
  public List<Place> lineage(Place place) {
    var chain = new java.util.ArrayList<Place>(ancestors(place));
    java.util.Collections.reverse(chain);
    chain.add(0, place);
    return chain;
  }

  /** How many children each of the given places has, by code. */
  public Map<String, Long> childCounts(List<Place> places) {
    if (places.isEmpty()) {
      return Map.of();
    }
    return em
        .createNamedQuery(Place.COUNT_CHILDREN, Place.ChildCount.class)
        .setParameter("codes", places.stream().map(Place::getCode).toList())
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Place.ChildCount::parentCode, Place.ChildCount::children));
  }

  /**
   * Places whose Khmer or Latin name contains the typed text, provinces first; nothing for text
   * shorter than {@link #FINDER_MIN_LENGTH}.
   */
  public List<Place> findByName(String typed) {
    var text = normalise(typed);
    if (text.length() < FINDER_MIN_LENGTH) {
      return List.of();
    }
    var pattern = "%" + escapeLike(text) + "%";
    return em.createNamedQuery(Place.FIND_BY_NAME, Place.class)
        .setParameter("latin", pattern.toLowerCase(Locale.ROOT))
        .setParameter("khmer", pattern)
        .setMaxResults(FINDER_LIMIT)
        .getResultList();
  }

  /**
   * The place a person typed: its code, or a name only one place has (Khmer or Latin). Empty when
   * the text names none, or several.
   */
  public Optional<Place> resolve(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    var text = typed.strip();
    var byCode = find(text);
    if (byCode.isPresent()) {
      return byCode;
    }
    var byName = findByName(text);
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  /** As {@link #findByName}, places of one level only (a home village is a village). */
  public List<Place> findByName(String typed, PlaceLevel level) {
    var text = normalise(typed);
    if (text.length() < FINDER_MIN_LENGTH) {
      return List.of();
    }
    var pattern = "%" + escapeLike(text) + "%";
    return em.createNamedQuery(Place.FIND_BY_NAME_AT_LEVEL, Place.class)
        .setParameter("level", level)
        .setParameter("latin", pattern.toLowerCase(Locale.ROOT))
        .setParameter("khmer", pattern)
        .setMaxResults(FINDER_LIMIT)
        .getResultList();
  }

  static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    var text = Normalizer.normalize(typed, Normalizer.Form.NFC);
    text = V2__LoadGazetteer.clean(text);
    return text.length() > FINDER_MAX_LENGTH ? text.substring(0, FINDER_MAX_LENGTH) : text;
  }

  /** MariaDB's LIKE escape character is the backslash by default. */
  public static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
