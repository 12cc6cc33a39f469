/**
 * Recurring problems: problems about the same issue raised in different places, grouped under one
 * name (Khmer and English) so the dashboard can rank the issue rather than each thread.
 *
 * <p>Operations: Vedika suggests groupings ({@code control/Similarity} over the full-text
 * candidates of a new problem, weighed by how rare each word is in the forum, combined by a learnt
 * model, {@code control/SimilarityModel}, which relearns from curators' decisions on a schedule:
 * {@code boundary/SimilarityModels}); moderators, policymakers and admins confirm or reject
 * suggestions ({@code /recurring-suggestions}) and rename, split, merge and add to groups ({@code
 * /recurring/{id}}, which also shows the problems behind a group and a map of where it is
 * reported).
 *
 * <p>Invariants: a problem is in at most one group (a column on the problem); a suggestion is
 * decided once and never made again; curators act only on problems inside their grant (checked in
 * {@code boundary/Grouping}, never only in the page); every grouping write marks what the dashboard
 * must re-count.
 *
 * <p>Owns tables: recurring_problem, recurring_suggestion, similarity_model.
 */
package org.vedika.recurring;
