/**
 * Page cache: the pages visitors read most — home, places, problems, search results — kept rendered
 * and compressed, and dropped exactly when something they show changes.
 *
 * <p>Operations: none of its own; {@code boundary/PageCacheFilter} serves a visitor's {@code GET}
 * of a cached page (no session, not logged in) from memory, with an {@code ETag} for a browser or
 * proxy to revalidate, and keeps what the page rendered otherwise. {@code /metrics} shows its hits,
 * misses, entries, bytes, evictions and invalidations.
 *
 * <p>Invariants: a page is kept per path, query and language; only a {@code 200} that created no
 * session and set no cookie is kept; members never get a kept page and a kept page never holds a
 * member's data. Every page carries tags ({@code entity/PageTags}: {@code p42} for a problem's
 * page, {@code pl:0507} for a place's, {@code pl:} for the home page, {@code search}); a committed
 * change drops the pages of its tags on this node before the writer's response is sent, and on
 * every other node within a poll of the change log (half a second by default). A page rendered
 * while a change to one of its tags committed is not kept (a stamp per tag, {@code
 * control/RenderedPages}). What has no change event (a member's new display name, a relative time)
 * is at most {@code vedika.cache.ttl-seconds} old.
 *
 * <p>Decisions: the change log lives in MariaDB, which every node already shares: no grid needed
 * and no per-request read (a node polls twice a second); the owner's events ({@code
 * ProblemChanged}, {@code WorkshopEvent}) say what changed, this feature decides which pages show
 * it. Caffeine bounds the cache by bytes.
 *
 * <p>Owns tables: page_change.
 */
package org.vedika.pagecache;
