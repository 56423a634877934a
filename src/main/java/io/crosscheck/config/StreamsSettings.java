package io.crosscheck.config;

import io.crosscheck.app.BoundedMemoryRocksDbConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

import java.util.Map;
import java.util.Properties;

/**
 * The Kafka Streams properties Crosscheck runs with. Bad input is handled by Kafka Streams' own
 * mechanisms (KIP-1033/KIP-1034): the log-and-continue deserialization and processing handlers
 * with {@code errors.dead.letter.queue.topic.name} set, so each bad record lands in the
 * dead-letter topic with its raw key and value and headers naming the exception, source topic,
 * partition and offset, and processing continues with the next record.
 * RocksDB memory is bounded by {@code BoundedMemoryRocksDbConfig} (one shared cache and write buffer
 * manager per instance, sized by {@code CROSSCHECK_ROCKSDB_*}).
 * Every {@code KAFKA_*} variable overrides what is set here.
 */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    public static Properties from(CrosscheckConfig config) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        props.putAll(deadLetterHandling(config.topics()));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedMemoryRocksDbConfig.class.getName());
        props.putAll(config.kafkaProperties());
        return props;
    }

    /** The error-handling part alone, shared with the offline {@code check} and the test driver. */
    public static Map<String, String> deadLetterHandling(Topics topics) {
        return Map.of(
                // No global stores today; enabling it keeps behaviour the same when one is added (default in Kafka 5).
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true",
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName(),
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class.getName(),
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters());
    }
}
