package io.crosscheck.util;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used map from a key to a value computed once from it, for analyses that
 * the rules would otherwise repeat for every pair of statements that share a text, and the extractor
 * for every word it meets again. Values must not be changed once computed. Thread-safe (one lock; the
 * computations it guards are short).
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;
    private final Function<K, V> compute;

    public BoundedCache(int capacity, Function<K, V> compute) {
        this.compute = compute;
        this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public V get(K key) {
        synchronized (entries) {
            final V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Computed outside the lock so that threads analysing different texts do not wait for each other.
        final V value = compute.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }
}
