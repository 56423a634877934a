package io.crosscheck.topology;

import io.crosscheck.avro.Statement;
import io.crosscheck.grouping.Participants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys statements are repartitioned by before comparison. A statement with an eventId is keyed
 * by it, so each event lives in one task. A statement without one is routed to every pair of
 * parties it is mainly about ({@link Participants#pairKeys}: "RU-US", and "QA-US", "IR-QA", "IR-US"
 * for a mediated round), so any two readouts that could belong to the same event meet in at least
 * one task, where the grouper picks the event. Pairs spread over partitions, so grouping scales
 * out. The costs: a statement about three parties is stored and grouped in three tasks, and all
 * eventless traffic about one pair of parties is handled by one task.
 *
 * <p>Two statements that share several pair keys meet in each of them; they are compared only in
 * the first key they share ({@link #comparesHere}), so a pair is never reported twice.
 */
final class EventRouting {

    private static final String EVENT_PREFIX = "event:";
    private static final String PARTIES_PREFIX = "parties:";
    /** Routing keys of recently compared statements, per processor instance (not shared across threads). */
    private static final int CACHED_STATEMENTS = 512;

    private final Participants participants;
    private final Map<String, CachedKeys> recentKeys = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedKeys> eldest) {
            return size() > CACHED_STATEMENTS;
        }
    };

    private record CachedKeys(Statement statement, List<String> keys) {
    }

    EventRouting(Participants participants) {
        this.participants = participants;
    }

    /** A fresh instance for one processor: the key cache is not thread-safe. */
    EventRouting copy() {
        return new EventRouting(participants);
    }

    List<String> routingKeys(Statement statement) {
        if (statement.getEventId() != null) {
            return List.of(EVENT_PREFIX + statement.getEventId());
        }
        List<String> keys = new ArrayList<>();
        for (String pairKey : participants.pairKeys(statement)) {
            keys.add(PARTIES_PREFIX + pairKey);
        }
        return keys;
    }

    String pairKey(String routingKey) {
        return routingKey.startsWith(PARTIES_PREFIX) ? routingKey.substring(PARTIES_PREFIX.length()) : routingKey;
    }

    /**
     * Whether two statements that met under {@code routingKey} are compared there: always under an
     * eventId; under a pair key only if it is the first routing key the two share.
     */
    boolean comparesHere(String routingKey, Statement statement, Statement other) {
        if (!routingKey.startsWith(PARTIES_PREFIX)) {
            return true;
        }
        List<String> otherKeys = cachedKeys(other);
        for (String key : cachedKeys(statement)) {
            if (otherKeys.contains(key)) {
                return key.equals(routingKey);
            }
        }
        return true; // unreachable for statements routed here; compare rather than lose a pair
    }

    private List<String> cachedKeys(Statement statement) {
        CachedKeys cached = recentKeys.get(statement.getStatementId());
        if (cached == null || !cached.statement().equals(statement)) {
            cached = new CachedKeys(statement, routingKeys(statement));
            recentKeys.put(statement.getStatementId(), cached);
        }
        return cached.keys();
    }
}
