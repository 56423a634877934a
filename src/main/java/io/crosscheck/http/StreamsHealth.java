package io.crosscheck.http;

import org.apache.kafka.streams.KafkaStreams;

/**
 * Maps a Kafka Streams state to the answers of the liveness and readiness probes.
 *
 * <p>Live means "restarting this process would not help": the instance is starting
 * ({@code CREATED}), restoring or rebalancing ({@code REBALANCING}), processing ({@code RUNNING}),
 * or closing on request ({@code PENDING_SHUTDOWN}, which the orchestrator itself asked for).
 * {@code ERROR} and {@code PENDING_ERROR} (a stream thread died) and {@code NOT_RUNNING}
 * (closed) are not live: a restart is the remedy.
 *
 * <p>Ready means "send it work now", which for a stream processor is only {@code RUNNING}:
 * while rebalancing or restoring state an instance processes nothing.
 */
public final class StreamsHealth {

    private StreamsHealth() {
    }

    public static boolean isLive(KafkaStreams.State state) {
        return switch (state) {
            case CREATED, REBALANCING, RUNNING, PENDING_SHUTDOWN -> true;
            case PENDING_ERROR, ERROR, NOT_RUNNING -> false;
        };
    }

    public static boolean isReady(KafkaStreams.State state) {
        return state == KafkaStreams.State.RUNNING;
    }
}
