package org.vedika.pagecache.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.vedika.pagecache.entity.PageTags;

/**
 * The kept pages of this node, bounded by bytes ({@code vedika.cache.max-megabytes}) and by age
 * ({@code vedika.cache.ttl-seconds}), found by path, query and language and dropped by tag.
 *
 * <p>A page rendered while one of its tags changed must not be kept: it may show the state before
 * the change. Every invalidation takes the next tick of a clock and stamps its tags (hashed into a
 * fixed array of stripes, so a false share only costs a re-render); {@link #keep} takes the clock
 * reading from before the page was rendered and keeps the page only if none of its tags' stamps is
 * newer — checked again after the page went in, so an invalidation racing the insert still wins.
 */
@ApplicationScoped
public class RenderedPages {

  /** What a kept page is found by: path with query, and language ({@code km}, {@code en}). */
  public record Key(String path, String language) {}

  /** A rendered page: its gzip-compressed bytes, how it is served, and what it shows. */
  public record Page(byte[] gzip, int length, String contentType, String etag, Set<String> tags) {

    /** The page of a rendered body. */
    public static Page of(byte[] body, String contentType, Set<String> tags) {
      return new Page(compress(body), body.length, contentType, etag(body), Set.copyOf(tags));
    }

    /** The uncompressed body, for a client that does not take gzip. */
    public byte[] body() {
      try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    int weight() {
      // the bytes, plus what the key, the tags and the record cost
      return gzip.length + 512;
    }

    private static byte[] compress(byte[] body) {
      var out = new ByteArrayOutputStream(body.length / 4 + 64);
      try (var gzip = new GZIPOutputStream(out)) {
        gzip.write(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    private static String etag(byte[] body) {
      try {
        var hash = MessageDigest.getInstance("SHA-256").digest(body);
        return "\""
            + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22)
            + "\"";
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final int STRIPES = 4096;

  @Inject
  @ConfigProperty(name = "vedika.cache.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "vedika.cache.max-megabytes", defaultValue = "32")
  int maxMegabytes;

  @Inject
  @ConfigProperty(name = "vedika.cache.ttl-seconds", defaultValue = "60")
  int ttlSeconds;

  @Inject MetricRegistry metrics;

  private Cache<Key, Page> pages;

  /** Tag → the keys of the kept pages that carry it. */
  private final ConcurrentHashMap<String, Set<Key>> byTag = new ConcurrentHashMap<>();

  private final AtomicLong clock = new AtomicLong();
  private final AtomicLongArray stamps = new AtomicLongArray(STRIPES);
  private final AtomicLong everything = new AtomicLong();
  private final AtomicLong invalidations = new AtomicLong();

  @PostConstruct
  void init() {
    pages =
        Caffeine.newBuilder()
            .maximumWeight(maxMegabytes * 1024L * 1024L)
            .weigher((Key key, Page page) -> page.weight())
            .expireAfterWrite(Duration.ofSeconds(ttlSeconds))
            // listener on the removing thread: the tag index never lags behind the cache
            .executor(Runnable::run)
            .removalListener(this::forget)
            .recordStats()
            .build();
    if (metrics != null) {
      register();
    }
  }

  private void register() {
    metrics.gauge("vedika.pagecache.hits", pages, cache -> cache.stats().hitCount());
    metrics.gauge("vedika.pagecache.misses", pages, cache -> cache.stats().missCount());
    metrics.gauge("vedika.pagecache.evictions", pages, cache -> cache.stats().evictionCount());
    metrics.gauge("vedika.pagecache.entries", pages, Cache::estimatedSize);
    var bytes =
        org.eclipse.microprofile.metrics.Metadata.builder()
            .withName("vedika.pagecache.bytes")
            .withDescription("Compressed bytes of the pages this node keeps")
            .withUnit(MetricUnits.BYTES)
            .build();
    metrics.gauge(
        bytes,
        pages,
        cache -> cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L));
    metrics.gauge("vedika.pagecache.invalidations", invalidations, AtomicLong::get);
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The kept page of this key, or null (counted as a hit or a miss). */
  public Page find(Key key) {
    return pages.getIfPresent(key);
  }

  /** The clock, read before a page is rendered and given to {@link #keep}. */
  public long now() {
    return clock.get();
  }

  /** Keeps a page rendered after the clock read {@code renderedAfter}, unless it may be stale. */
  public void keep(Key key, Page page, long renderedAfter) {
    if (changedSince(page, renderedAfter)) {
      return;
    }
    for (var tag : page.tags()) {
      byTag.compute(
          tag, (t, keys) -> add(keys == null ? ConcurrentHashMap.newKeySet() : keys, key));
    }
    pages.put(key, page);
    if (changedSince(page, renderedAfter)) {
      pages.invalidate(key);
    }
  }

  /** Drops every page carrying one of these tags ({@link PageTags#EVERYTHING}: all). */
  public void invalidate(Collection<String> tags) {
    if (tags.contains(PageTags.EVERYTHING)) {
      everything.set(clock.incrementAndGet());
      invalidations.incrementAndGet();
      pages.invalidateAll();
      byTag.clear();
      return;
    }
    for (var tag : tags) {
      stamps.set(stripe(tag), clock.incrementAndGet());
      invalidations.incrementAndGet();
      var keys = byTag.remove(tag);
      if (keys != null) {
        pages.invalidateAll(keys);
      }
    }
  }

  private boolean changedSince(Page page, long renderedAfter) {
    if (everything.get() > renderedAfter) {
      return true;
    }
    for (var tag : page.tags()) {
      if (stamps.get(stripe(tag)) > renderedAfter) {
        return true;
      }
    }
    return false;
  }

  private void forget(Key key, Page page, RemovalCause cause) {
    if (key == null || page == null || cause == RemovalCause.REPLACED) {
      return;
    }
    for (var tag : page.tags()) {
      byTag.computeIfPresent(
          tag,
          (t, keys) -> {
            keys.remove(key);
            return keys.isEmpty() ? null : keys;
          });
    }
  }

  private static Set<Key> add(Set<Key> keys, Key key) {
    keys.add(key);
    return keys;
  }

  private static int stripe(String tag) {
    return Math.floorMod(tag.hashCode() * 0x9E3779B9, STRIPES);
  }
}
