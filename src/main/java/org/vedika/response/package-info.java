/**
 * Responses: commune officials answer for their communes.
 *
 * <p>Operations: move a problem through its lifecycle ({@code Lifecycle}), read its public
 * timeline, list the open problems of the communes an official answers for ({@code Inbox}, the
 * {@code /inbox} page with a PrimeFaces lazy table).
 *
 * <p>Invariants: the legal steps and their notes and reasons live on {@code Problem.moveTo}; who
 * may take them (an official whose grant covers the problem's commune; the author, only to reopen a
 * resolved problem) is decided on the server from the member's grants, never from the page. Every
 * change is a {@code status_change} row, written once.
 *
 * <p>Decisions: a status change locks the problem row like every other writer; followers (author,
 * voters, repliers) are notified through the same {@code ProblemEvent} as replies. An official does
 * not start following a problem by changing its status.
 *
 * <p>Owns no table.
 */
package org.vedika.response;
