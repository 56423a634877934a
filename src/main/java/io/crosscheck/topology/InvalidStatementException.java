package io.crosscheck.topology;

/**
 * A statement that deserialized but cannot be processed (missing fields, absurd timestamp, text
 * over the limit, tombstone). Thrown inside the topology so Kafka Streams' processing exception
 * handler sends the raw record to the dead-letter topic with this message in its headers.
 */
public class InvalidStatementException extends RuntimeException {
    public InvalidStatementException(String message) {
        super(message);
    }
}
