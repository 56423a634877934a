package io.crosscheck.topology;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time-ordered index of when state entries were last touched, so expiry reads only what is due
 * instead of deserialising every event at every punctuation. Keys are
 * {@code <13-digit epoch millis>|<store>|<key>}: lexicographic order is time order, and a range
 * scan up to the horizon finds every candidate. Touching an entry again just adds a newer queue
 * key; the stale one is discarded when it comes due (the entry's own last-touched time decides).
 */
final class ExpiryQueue {

    /** Store ids in queue keys: one character each. */
    static final char EVENT = 'e';
    static final char INDEX = 'i';
    static final char ALERT = 'a';

    private static final String LOWEST = "0000000000000|";

    private final KeyValueStore<String, String> queue;

    ExpiryQueue(KeyValueStore<String, String> queue) {
        this.queue = queue;
    }

    void touched(char store, String key, Instant at) {
        queue.put(queueKey(at.toEpochMilli(), store, key), "");
    }

    /** A queue entry that came due: which store, which key, when it was touched. */
    record Due(char store, String key, Instant touchedAt) {
    }

    /** Removes and returns every queue entry touched before the horizon, oldest first. */
    List<Due> takeDue(Instant horizon) {
        List<String> keys = new ArrayList<>();
        List<Due> due = new ArrayList<>();
        try (KeyValueIterator<String, String> range = queue.range(LOWEST, queueKey(horizon.toEpochMilli(), ' ', ""))) {
            range.forEachRemaining(entry -> {
                keys.add(entry.key);
                due.add(parse(entry.key));
            });
        }
        keys.forEach(queue::delete);
        return due;
    }

    private static String queueKey(long millis, char store, String key) {
        return String.format(Locale.ROOT, "%013d|%c|%s", Math.max(0, millis), store, key);
    }

    private static Due parse(String queueKey) {
        return new Due(queueKey.charAt(14), queueKey.substring(16), Instant.ofEpochMilli(Long.parseLong(queueKey.substring(0, 13))));
    }
}
