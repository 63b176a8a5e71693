package org.ctockg.web;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered descriptions and pages, kept per representation (resource, list page and format)
 * since they stay the same until the data changes: a page costs a lookup after its first
 * rendering. Bounded by the bytes it holds (least recently used go first); an entry belongs to
 * one data version, and a new version drops every older entry.
 */
final class RepresentationCache {
    /** What a representation's rendering gives: its bytes and their media type. */
    record Representation(byte[] body, String contentType) {
    }

    private record Key(String dataVersion, String path, RdfFormat format) {
    }

    private final Cache<Key, Representation> cache;
    private volatile String version = "";

    RepresentationCache(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Representation r) -> r.body().length + 2 * k.path().length() + 64)
                .recordStats()
                .build();
    }

    /** The representation of the path (with its query) in the format under the data version, rendered when missing. */
    Representation get(String dataVersion, String path, RdfFormat format, Supplier<Representation> render) {
        if (!dataVersion.equals(version)) {
            // the data changed: nothing rendered before can be served again
            cache.invalidateAll();
            version = dataVersion;
        }
        return cache.get(new Key(dataVersion, path, format), k -> render.get());
    }

    CacheStats stats() {
        return cache.stats();
    }

    /** Publishes hits, misses, size and evictions with the server's metrics ({@code /$/metrics}). */
    void monitor(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache, "representations");
    }
}
