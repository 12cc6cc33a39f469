/**
 * Votes: "this affects me too".
 *
 * <p>Operations: cast and retract a member's vote on a problem.
 *
 * <p>Invariants: one vote per member per problem, enforced by the primary key of {@code vote};
 * {@code problem.vote_count} always equals the problem's vote rows, because the row and the counter
 * change together in one transaction.
 *
 * <p>Decisions: the problem row is locked first ({@code SELECT … FOR UPDATE}), then the vote row is
 * inserted or deleted, then the counter moves by the number of rows that changed. One lock order for
 * every writer means concurrent voters queue on the row instead of deadlocking (an insert's foreign
 * key check would otherwise share-lock the problem row before the counter update wants it
 * exclusively).
 *
 * <p>Owns tables: vote.
 */
package org.vedika.vote;
