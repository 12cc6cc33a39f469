/**
 * Dashboard: the recurring social-protection problems, ranked for policymakers.
 *
 * <p>Operations: {@code /dashboard} (filters by place, category, period and status as query
 * parameters; a lazy ranked table of recurring problems and problems in no group, each row with the
 * parts of its rank; three charts with their figures as tables; drill-down; CSV export) and {@code
 * GET /api/dashboard/recurring} (the same rows as JSON, or CSV).
 *
 * <p>Invariants: the ranking is one formula ({@code control/Ranking}); page views read only the
 * tables the periodic {@code boundary/Aggregation} keeps, never the votes themselves; hidden,
 * pending and merged problems never count; a reader sees only the places of their policymaker grant
 * (admins: the country), on the page and in the API alike.
 *
 * <p>Decisions: counters are re-counted periodically rather than on every vote, so a vote costs no
 * more than before and the dashboard is at most a minute behind; the re-count is incremental
 * (problems whose row changed since the last run) with an hourly full pass for what changes with
 * the clock; one run at a time across nodes through a MariaDB named lock, no extra infrastructure.
 *
 * <p>Owns tables: dashboard_month, dashboard_place, dashboard_refresh, dashboard_response,
 * ranked_row.
 */
package org.vedika.dashboard;
