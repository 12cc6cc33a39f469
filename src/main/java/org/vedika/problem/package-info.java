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
 * <p>Owner of every rule about a problem, for every feature: the lifecycle ({@code Problem.moveTo},
 * also on a moderator's merge, {@code mergeInto}), moderation states ({@code hide}, {@code
 * restore}, {@code approve}, {@code lock}), its place ({@code relocate}) and what it still takes
 * ({@code mustTakeVotes}, {@code mustTakeReplies}: a merged, hidden or locked problem refuses votes
 * and replies, with a message). Other features change problems, replies and status changes only
 * through {@code Problems} ({@code lock} — the one way a problem row is locked — {@code moderate},
 * {@code setLocked}, {@code relocate}, {@code merge}, {@code move}, the recurring group's methods)
 * and {@code ProblemCounters}, the only writer of the counters, the hot score, the last activity,
 * the first official answer and the search words.
 *
 * <p>Events it fires inside the writing transaction: {@code ProblemEvent} (raised, voted — fired by
 * the vote feature —, replied, merged, status changed), {@code ProblemViewed} (a member read it),
 * and {@code ProblemChanged} on every change a reader can see, for caches and aggregations.
 *
 * <p>Decisions: text is plain (line breaks and web addresses become HTML on output, everything else
 * is escaped), so there is no markup to sanitise; the hot score is stored and recomputed on each
 * vote or reply ({@link org.vedika.problem.control.HotRank}). A form sent from a view that cannot
 * be restored comes back with its text kept ({@code StaleForms}, with {@code Drafts}).
 *
 * <p>Owns tables: problem, reply, status_change, helpful, trainer_session.
 */
package org.vedika.problem;
