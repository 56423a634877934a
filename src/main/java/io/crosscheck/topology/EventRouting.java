package io.crosscheck.topology;

import io.crosscheck.avro.Statement;
import io.crosscheck.grouping.Participants;

/**
 * The key statements are repartitioned by before comparison. A statement with an eventId is keyed
 * by it, so each event lives in one task. A statement without one is keyed by the pair of parties
 * it is about ("RU-US"), so every readout that could belong to the same event meets in one task,
 * where the grouper picks the event; pairs spread over partitions, so grouping scales out. The
 * cost: all eventless traffic about one pair of parties is handled by one task.
 */
final class EventRouting {

    private static final String EVENT_PREFIX = "event:";
    private static final String PARTIES_PREFIX = "parties:";

    private final Participants participants;

    EventRouting(Participants participants) {
        this.participants = participants;
    }

    String routingKey(Statement statement) {
        if (statement.getEventId() != null) {
            return EVENT_PREFIX + statement.getEventId();
        }
        return PARTIES_PREFIX + participants.pairKey(statement);
    }

    String pairKey(String routingKey) {
        return routingKey.startsWith(PARTIES_PREFIX) ? routingKey.substring(PARTIES_PREFIX.length()) : routingKey;
    }
}
