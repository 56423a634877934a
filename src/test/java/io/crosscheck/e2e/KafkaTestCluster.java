package io.crosscheck.e2e;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.serde.SchemaRegistryClient;
import io.crosscheck.serde.SchemaRegistryClients;
import io.crosscheck.serde.SchemaRegistryServer;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One real in-process Kafka broker and one schema registry (the in-memory registry served over the
 * Confluent REST API), both on free ports of 127.0.0.1, shared by the tests of one IT class.
 *
 * <p>Each test gets its own topics ({@link #createTopics}, names suffixed by a run id) and its own
 * Kafka Streams application id, so tests of a class never see each other's records or state. The
 * app talks to the registry over HTTP, exactly as {@code run} does. Reads use a
 * {@code read_committed} consumer, so only what an exactly-once transaction committed is seen.
 */
final class KafkaTestCluster implements AutoCloseable {

    // Generous: a bounded wait that only ends early when the expected state is reached.
    static final Duration WAIT = Duration.ofSeconds(180);

    private final EmbeddedKafkaBroker broker;
    private final String registryScope;
    private final SchemaRegistryServer registryServer;
    private final SchemaRegistryClient registry;

    private KafkaTestCluster(EmbeddedKafkaBroker broker, String registryScope, SchemaRegistryServer registryServer) {
        this.broker = broker;
        this.registryScope = registryScope;
        this.registryServer = registryServer;
        this.registry = SchemaRegistryClients.create(registryServer.url(), Map.of());
    }

    static KafkaTestCluster start() throws IOException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        try {
            String scope = "e2e-" + UUID.randomUUID();
            SchemaRegistryServer server = SchemaRegistryServer.builder(MockSchemaRegistry.forScope(scope)).start();
            return new KafkaTestCluster(broker, scope, server);
        } catch (IOException | RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    EmbeddedKafkaBroker broker() {
        return broker;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    String registryUrl() {
        return registryServer.url();
    }

    /** A client of the served registry over HTTP, like any outside producer or consumer would use. */
    SchemaRegistryClient registry() {
        return registry;
    }

    /** Creates this test's four topics (names suffixed with {@code suffix}); statements get {@code partitions}. */
    Topics createTopics(String suffix, int partitions) {
        Topics topics = new Topics("statements-" + suffix, "contradiction-alerts-" + suffix,
                "contradiction-alerts-json-" + suffix, "statements-dlq-" + suffix);
        broker.createTopics(Map.of(topics.statements(), partitions, topics.alerts(), partitions,
                topics.alertsJson(), partitions, topics.deadLetters(), 1));
        return topics;
    }

    /** The environment {@code run} would be started with against this cluster. */
    Map<String, String> runEnvironment(Topics topics, String applicationId, Path stateDir) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put("SCHEMA_REGISTRY_URL", registryUrl());
        env.put("CROSSCHECK_APPLICATION_ID", applicationId);
        env.put("CROSSCHECK_TOPIC_STATEMENTS", topics.statements());
        env.put("CROSSCHECK_TOPIC_ALERTS", topics.alerts());
        env.put("CROSSCHECK_TOPIC_ALERTS_JSON", topics.alertsJson());
        env.put("CROSSCHECK_TOPIC_DLQ", topics.deadLetters());
        env.put("CROSSCHECK_STATE_DIR", stateDir.toString());
        env.put("CROSSCHECK_HTTP_PORT", "0");
        env.put("KAFKA_COMMIT_INTERVAL_MS", "100");
        return env;
    }

    /** Starts an app as {@code run} does (registry over HTTP) and waits until it is RUNNING. */
    CrosscheckApp startApp(Map<String, String> env, DetectionEngine engine) throws Exception {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(env);
        CrosscheckApp app = CrosscheckApp.start(config, engine,
                SchemaRegistryClients.create(config.schemaRegistryUrl(), config.schemaRegistrySettings()));
        try {
            app.awaitRunning(WAIT);
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    void publish(Topics topics, List<Statement> statements) throws Exception {
        try (StatementPublisher publisher = new StatementPublisher(broker.clientProperties(), registry, true, topics.statements())) {
            publisher.publish(statements);
        }
    }

    /**
     * Reads Avro alerts (read_committed) from the beginning until {@code done} holds for what was
     * read, or {@link #WAIT} has passed; returns what it read either way, for the caller to assert on.
     */
    List<ContradictionAlert> readAlertsUntil(String topic, Predicate<List<ContradictionAlert>> done) {
        List<ContradictionAlert> read = new ArrayList<>();
        try (KafkaConsumer<String, ContradictionAlert> consumer = alertConsumer(alertDeserializer())) {
            assignFromBeginning(consumer, topic);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!done.test(read) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> read.add(record.value()));
            }
        }
        return read;
    }

    /** Every committed Avro alert on the topic: reads until the consumer reaches the end offsets. */
    List<ContradictionAlert> readAllAlerts(String topic) {
        List<ContradictionAlert> read = new ArrayList<>();
        readToEnd(topic, alertDeserializer(), record -> read.add(record.value()));
        return read;
    }

    /** Every committed record value of a string-valued topic (the JSON mirror). */
    List<String> readAllStrings(String topic) {
        List<String> read = new ArrayList<>();
        readToEnd(topic, new StringDeserializer(), record -> read.add(record.value()));
        return read;
    }

    /** Sum of the end offsets of all partitions of {@code topic}: how many records it ever took. */
    long totalEndOffset(String topic) {
        try (KafkaConsumer<String, String> consumer = alertConsumer(new StringDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            return consumer.endOffsets(partitions, WAIT).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private <V> void readToEnd(String topic, Deserializer<V> values, java.util.function.Consumer<ConsumerRecord<String, V>> sink) {
        try (KafkaConsumer<String, V> consumer = alertConsumer(values)) {
            List<TopicPartition> partitions = assignFromBeginning(consumer, topic);
            // read_committed end offsets are the last stable offsets: the end of what is committed now.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, WAIT) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end offsets " + end + " within " + WAIT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(sink);
            }
        }
    }

    private <V> KafkaConsumer<String, V> alertConsumer(Deserializer<V> values) {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), values);
    }

    private Deserializer<ContradictionAlert> alertDeserializer() {
        return new AvroSerde<>(registry, ContradictionAlert.class, false, false).deserializer();
    }

    private static List<TopicPartition> assignFromBeginning(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = partitions(consumer, topic);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic, WAIT).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    @Override
    public void close() {
        try {
            registryServer.close();
        } finally {
            MockSchemaRegistry.dropScope(registryScope);
            broker.close();
        }
    }
}
