/**
 * Problems: the forum threads citizens raise in their village or commune, and the replies to them.
 *
 * <p>Operations: raise a problem (phone and ID numbers masked before publishing, the author told);
 * list a place's problems by hot, new, top (week, month, all time) or waiting longest, filtered by
 * category and status, a page at a time; read a problem with its replies; reply.
 *
 * <p>Invariants: a problem lives in a village or commune, and carries its commune, district and
 * province codes so every area's list is one index range; {@code vote_count} and {@code
 * reply_count} equal their rows, changed by atomic SQL in the writing transaction; only published
 * (visible) problems are listed, shown or served by the API; an official answer is a reply by an
 * official whose grant covers the problem's commune.
 *
 * <p>Decisions: text is plain (line breaks and web addresses become HTML on output, everything else
 * is escaped), so there is no markup to sanitise; the hot score is stored and recomputed on each
 * vote or reply ({@link org.vedika.problem.control.HotRank}).
 *
 * <p>Owns tables: problem, reply, status_change.
 */
package org.vedika.problem;
