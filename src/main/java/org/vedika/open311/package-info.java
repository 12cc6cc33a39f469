/**
 * Open311: Vedika read through the GeoReport v2 standard, so existing civic-tech clients and
 * dashboards can show its problems without learning its own API.
 *
 * <p>Operations: {@code GET /open311/v2/services.json} (the categories as services), {@code
 * requests.json} (published problems, filtered by service, status and date, at most 1,000, the
 * newest first) and {@code requests/{id}.json}; JSON only.
 *
 * <p>Decisions: read-only — posting through Open311 would skip what the raise form enforces (a
 * member's account, writing limits, pre-moderation of new members, the phone and ID-card masking
 * shown to the author before publishing), so clients link to {@code /raise} instead. A problem's
 * position is its commune's centroid from the gazetteer (its district's, or province's, where the
 * gazetteer has none): never the member's own location. Status notes are the latest official
 * answer. Service names are English (GeoReport has no language), the Khmer in the description.
 *
 * <p>It reads the problem and place features through their facades.
 *
 * <p>Owns no table.
 */
package org.vedika.open311;
