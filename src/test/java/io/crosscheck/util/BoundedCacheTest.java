package io.crosscheck.util;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCacheTest {

    @Test
    void shouldComputeEachKeyOnceWhileItIsCached() {
        final List<String> computed = new ArrayList<>();
        final BoundedCache<String, Integer> cache = new BoundedCache<>(2, k -> {
            computed.add(k);
            return k.length();
        });
        assertThat(cache.get("abc")).isEqualTo(3);
        assertThat(cache.get("abc")).isEqualTo(3);
        assertThat(computed).containsExactly("abc");
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedKeyBeyondCapacity() {
        final List<String> computed = new ArrayList<>();
        final BoundedCache<String, Integer> cache = new BoundedCache<>(2, k -> {
            computed.add(k);
            return k.length();
        });
        cache.get("a");
        cache.get("bb");
        cache.get("a");
        cache.get("ccc");
        cache.get("a");
        cache.get("bb");
        assertThat(computed).containsExactly("a", "bb", "ccc", "bb");
    }
}
