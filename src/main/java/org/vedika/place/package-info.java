/**
 * Places: Cambodia's administrative gazetteer, the frame every forum hangs on.
 *
 * <p>Operations: find a place by its national code, list a place's children, find places by a typed
 * Khmer or Latin name; serve them as pages ({@code /place/{code}}) and as JSON ({@code
 * /api/places}).
 *
 * <p>Invariants: a code is a string of 2 (province), 4 (district), 6 (commune) or 8 (village)
 * digits, and a place's parent code is its own code less the last two digits. The gazetteer is read
 * only at run time.
 *
 * <p>Decisions: the data is Pumi's copy of the NCDD gazetteer (MIT), shipped in {@code gazetteer/}
 * with its licence and loaded once by a Flyway Java migration. Ten names carry U+200B, which is
 * stripped on load.
 *
 * <p>Owns tables: place.
 */
package org.vedika.place;
