/**
 * Workshops: the quarterly commune workshops on social protection.
 *
 * <p>Operations: the commune's official plans a workshop (date, venue, topic) with an agenda
 * proposed from the commune's top open problems and edited before saving; members say "I'll
 * attend"; once it has met, the official records an outcome per agenda item, which may also move
 * the problem through its lifecycle. Commune pages list upcoming and past workshops; each problem's
 * timeline shows the workshops it was discussed at.
 *
 * <p>Invariants: only an official whose grant covers the commune plans a workshop or records its
 * outcomes (checked in {@code Workshops}, never only in the page); an agenda holds 1 to 10
 * published problems of that commune; {@code workshop.attendees} equals the rows of {@code
 * workshop_attendee} (row lock, then insert-ignore or delete, then the counter by the rows changed,
 * as votes do).
 *
 * <p>Decisions: planning a workshop and recording an outcome fire a {@code WorkshopEvent} per
 * agenda problem, so its followers hear (an outcome that moves the problem's status is told as the
 * status change instead).
 *
 * <p>Owns tables: workshop, workshop_item, workshop_attendee.
 */
package org.vedika.workshop;
