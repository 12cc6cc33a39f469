/**
 * Dashboard: the recurring social-protection problems, ranked for policymakers.
 *
 * <p>So far: the ranking formula ({@code control/Ranking}), one class with its parts, pinned by
 * fixtures. Recurring groups, the aggregation and the dashboard page follow.
 */
package org.vedika.dashboard;
