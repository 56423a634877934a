package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import java.util.regex.Pattern;

/**
 * Whether a fixed pattern occurs in a text, remembered per text. The rules test the same claim evidence against
 * the same long case-insensitive alternations for every pair of statements it takes part in (a statement of an
 * event with n readouts is compared n − 1 times), and the regex scan cost far more than a lookup by the string.
 * Thread-safe (a {@link BoundedCache}).
 */
final class CachedFind {

    private final BoundedCache<String, Boolean> found;

    CachedFind(Pattern pattern, int capacity) {
        this.found = new BoundedCache<>(capacity, text -> pattern.matcher(text).find());
    }

    /** {@code pattern.matcher(text).find()}, computed once per text while it stays in the cache. */
    boolean in(String text) {
        return found.get(text);
    }
}
