/**
 * Votes: "this affects me too".
 *
 * <p>Operations: cast and retract a member's vote on a problem.
 *
 * <p>Invariants: one vote per member per problem, enforced by the primary key of {@code vote};
 * {@code problem.vote_count} always equals the problem's vote rows, because the row and the counter
 * change together in one transaction.
 *
 * <p>Decisions: the problem row is locked first, through its owner ({@code Problems.lockPublished},
 * which also refuses a merged, hidden or locked problem), then the vote row is inserted or deleted,
 * then the counter moves by the number of rows that changed, through the one writer of problem
 * counters ({@code ProblemCounters.votes}). One lock order for every writer means concurrent voters
 * queue on the row instead of deadlocking (an insert's foreign key check would otherwise share-lock
 * the problem row before the counter update wants it exclusively). A merge moves the duplicate's
 * votes here, on the problem feature's {@code ProblemEvent.Merged}. The vote buttons are this
 * feature's page bean ({@code VoteBacking}); reads on every view are {@code VoteReads}.
 *
 * <p>Owns tables: vote.
 */
package org.vedika.vote;
