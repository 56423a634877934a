package io.crosscheck.testing;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.config.StreamsSettings;
import io.crosscheck.config.Topics;
import io.crosscheck.serde.CrosscheckSerdes;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.serde.SchemaRegistryClient;
import io.crosscheck.topology.CrosscheckTopology;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

/**
 * Drives the production Crosscheck topology in Kafka Streams' {@link TopologyTestDriver}, without a
 * broker: typed statement and alert topics, the dead-letter topic as raw bytes, a fresh
 * {@code mock://} schema registry scope per driver, record timestamps = {@code publishedAt}.
 * Used by {@code check}, by our own tests, and by anyone testing a change to the topology.
 *
 * <pre>{@code
 * try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).build()) {
 *     driver.pipe(statementFromWhiteHouse);
 *     driver.pipe(statementFromKremlin);
 *     List<ContradictionAlert> alerts = driver.readAlerts();
 * }
 * }</pre>
 */
public final class CrosscheckTestDriver implements AutoCloseable {

    private final String registryScope;
    private final SchemaRegistryClient registry;
    private final TopologyTestDriver driver;
    private final Path stateDir;
    private final TestInputTopic<String, Statement> statements;
    private final TestInputTopic<byte[], byte[]> rawStatements;
    private final TestOutputTopic<String, ContradictionAlert> alerts;
    private final TestOutputTopic<String, String> alertsJson;
    private final TestOutputTopic<byte[], byte[]> deadLetters;
    private final Topology topology;

    private CrosscheckTestDriver(Builder builder) {
        this.registryScope = "crosscheck-test-" + UUID.randomUUID();
        this.registry = MockSchemaRegistry.forScope(registryScope);
        CrosscheckSerdes serdes = CrosscheckSerdes.create(registry, true, builder.maxRecordBytes);
        this.topology = CrosscheckTopology.build(builder.topics, serdes, builder.settings, builder.engine);
        try {
            this.stateDir = Files.createTempDirectory("crosscheck-ttd-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "crosscheck-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.putAll(StreamsSettings.deadLetterHandling(builder.topics));
        this.driver = new TopologyTestDriver(topology, props, builder.wallClock);
        this.statements = driver.createInputTopic(builder.topics.statements(), new StringSerializer(), serdes.statement().serializer());
        this.rawStatements = driver.createInputTopic(builder.topics.statements(), new ByteArraySerializer(), new ByteArraySerializer());
        this.alerts = driver.createOutputTopic(builder.topics.alerts(), new StringDeserializer(), serdes.alert().deserializer());
        this.alertsJson = builder.topics.jsonMirrorEnabled()
                ? driver.createOutputTopic(builder.topics.alertsJson(), new StringDeserializer(), new StringDeserializer())
                : null;
        this.deadLetters = driver.createOutputTopic(builder.topics.deadLetters(),
                Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
    }

    public static Builder builder(DetectionEngine engine) {
        return new Builder(engine);
    }

    /** Publishes a statement keyed by its statementId, with its publishedAt as record timestamp. */
    public void pipe(Statement statement) {
        statements.pipeInput(statement.getStatementId(), statement, statement.getPublishedAt());
    }

    public void pipeAll(List<Statement> list) {
        list.forEach(this::pipe);
    }

    /** Publishes raw bytes, as a misbehaving producer would. */
    public void pipeRaw(byte[] key, byte[] value, Instant timestamp) {
        rawStatements.pipeInput(key, value, timestamp);
    }

    public List<ContradictionAlert> readAlerts() {
        return alerts.readValuesToList();
    }

    public List<TestRecord<String, ContradictionAlert>> readAlertRecords() {
        return alerts.readRecordsToList();
    }

    public List<String> readAlertJson() {
        Objects.requireNonNull(alertsJson, "the JSON mirror is switched off");
        return alertsJson.readValuesToList();
    }

    public List<TestRecord<byte[], byte[]>> readDeadLetters() {
        return deadLetters.readRecordsToList();
    }

    public void advanceWallClock(Duration duration) {
        driver.advanceWallClockTime(duration);
    }

    /** The registry the driver's serdes use, e.g. to serialize with an older schema in a test. */
    public SchemaRegistryClient registry() {
        return registry;
    }

    public Topology topology() {
        return topology;
    }

    /** The underlying driver, for state store inspection and anything not wrapped here. */
    public TopologyTestDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            MockSchemaRegistry.dropScope(registryScope);
            deleteRecursively(stateDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            // best effort: a leftover temporary directory must not fail the caller
        }
    }

    /** Options for a driver; defaults are production defaults. */
    public static final class Builder {
        private final DetectionEngine engine;
        private Topics topics = Topics.defaults();
        private DetectionSettings settings = DetectionSettings.defaults();
        private Instant wallClock = Instant.now();
        private int maxRecordBytes = CrosscheckSerdes.DEFAULT_MAX_STATEMENT_BYTES;

        private Builder(DetectionEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        public Builder topics(Topics value) {
            this.topics = value;
            return this;
        }

        public Builder settings(DetectionSettings value) {
            this.settings = value;
            return this;
        }

        /** The driver's wall-clock start: validation rejects statements published further in its future. */
        public Builder wallClock(Instant value) {
            this.wallClock = value;
            return this;
        }

        /** Input records larger than this many bytes fail to deserialize (CROSSCHECK_MAX_RECORD_BYTES). */
        public Builder maxRecordBytes(int value) {
            this.maxRecordBytes = value;
            return this;
        }

        public CrosscheckTestDriver build() {
            return new CrosscheckTestDriver(this);
        }
    }
}
