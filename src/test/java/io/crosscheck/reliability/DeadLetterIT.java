package io.crosscheck.reliability;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.reliability.BadRecords.BadRecord;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.CrosscheckSerdes;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of bad input through the real broker and a running Crosscheck: the dead-letter topic
 * receives exactly as many records as bad ones were sent, each with its raw bytes and the error,
 * source partition and offset in its headers; the valid founding readouts sent between them still
 * produce their alerts, and the instance stays RUNNING throughout.
 */
class DeadLetterIT {

    private static final Topics TOPICS = Topics.defaults();

    @Test
    void shouldDeadLetterAsManyRecordsAsWereBadAndStillAlertOnTheValidOnes() throws Exception {
        String scope = "dead-letter-it-" + UUID.randomUUID();
        MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
        Path stateDir = Files.createTempDirectory("crosscheck-dlq-it-");
        List<Statement> valid = Samples.founding();
        DetectionEngine engine = DetectionEngine.standard(DetectionSettings.defaults());
        Set<String> expectedAlerts = AlertOracle.offline(engine, valid).expectedAlertIds();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            broker.createTopics(Map.of(TOPICS.statements(), 1, TOPICS.alerts(), 1, TOPICS.alertsJson(), 1, TOPICS.deadLetters(), 1));
            CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "CROSSCHECK_APPLICATION_ID", "crosscheck-dlq-it",
                    "CROSSCHECK_STATE_DIR", stateDir.toString(),
                    "CROSSCHECK_HTTP_PORT", "0"));
            List<BadRecord> bad = new BadRecords(registry, TOPICS.statements(), CrosscheckSerdes.DEFAULT_MAX_STATEMENT_BYTES,
                    config.detectionSettings().maxTextChars(), Instant.now()).all();
            try (CrosscheckApp app = CrosscheckApp.start(config, engine, registry)) {
                app.awaitRunning(Duration.ofSeconds(120));
                Map<String, Long> offsetsByKey = sendInterleaved(broker, registry, valid, bad);

                List<ConsumerRecord<byte[], byte[]>> deadLetters = readDeadLetters(broker, bad.size());
                Set<String> alerts = new HashSet<>();
                Pipeline.await("the founding alerts", Duration.ofSeconds(120), () -> {
                    alerts.addAll(readAlertIds(broker, registry));
                    return alerts.containsAll(expectedAlerts);
                });
                Figures.record("DeadLetterIT", "bad-input classes=" + bad.size() + " sent=" + bad.size()
                        + " in DLQ=" + deadLetters.size() + " valid statements=" + valid.size()
                        + " alerts expected=" + expectedAlerts.size() + " received=" + alerts.size() + " app state=" + app.state());

                assertThat(deadLetters).as("DLQ count == bad records sent").hasSize(bad.size());
                Map<String, BadRecord> badByKey = bad.stream().collect(Collectors.toMap(
                        b -> new String(b.key(), StandardCharsets.UTF_8), b -> b));
                for (ConsumerRecord<byte[], byte[]> letter : deadLetters) {
                    String key = new String(letter.key(), StandardCharsets.UTF_8);
                    BadRecord original = badByKey.get(key);
                    assertThat(original).as("dead letter with key " + key).isNotNull();
                    assertThat(letter.value()).as(key + ": raw value").isEqualTo(original.value());
                    assertThat(header(letter, "__streams.errors.message")).as(key).contains(original.expectedError());
                    assertThat(header(letter, "__streams.errors.topic")).isEqualTo(TOPICS.statements());
                    assertThat(header(letter, "__streams.errors.partition")).isEqualTo("0");
                    assertThat(header(letter, "__streams.errors.offset")).isEqualTo(Long.toString(offsetsByKey.get(key)));
                }
                assertThat(alerts).isEqualTo(expectedAlerts);
                assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
    }

    /** Sends valid statements with the bad records between them; returns each bad record's offset by key. */
    private static Map<String, Long> sendInterleaved(EmbeddedKafkaBroker broker, MockSchemaRegistry registry,
                                                     List<Statement> valid, List<BadRecord> bad) throws Exception {
        Map<String, Long> offsets = new HashMap<>();
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        int perGap = (bad.size() + valid.size() - 1) / valid.size();
        int next = 0;
        try (StatementPublisher publisher = new StatementPublisher(broker.clientProperties(), registry, true, TOPICS.statements());
             KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Statement statement : valid) {
                publisher.publish(List.of(statement));
                for (int i = 0; i < perGap && next < bad.size(); i++, next++) {
                    BadRecord record = bad.get(next);
                    RecordMetadata metadata = raw.send(new ProducerRecord<>(TOPICS.statements(), null,
                            statement.getPublishedAt().toEpochMilli(), record.key(), record.value())).get(30, TimeUnit.SECONDS);
                    offsets.put(new String(record.key(), StandardCharsets.UTF_8), metadata.offset());
                }
            }
        }
        return offsets;
    }

    /** Reads the DLQ (read_committed) until {@code expected} records arrived, then to its end offset to catch extras. */
    private static List<ConsumerRecord<byte[], byte[]>> readDeadLetters(EmbeddedKafkaBroker broker, int expected) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(readCommitted(broker),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPICS.deadLetters(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Pipeline.await(expected + " dead letters", Duration.ofSeconds(120), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                return letters.size() >= expected;
            });
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
            }
        }
        return letters;
    }

    private static Set<String> readAlertIds(EmbeddedKafkaBroker broker, MockSchemaRegistry registry) {
        AvroSerde<ContradictionAlert> serde = new AvroSerde<>(registry, ContradictionAlert.class, false, false);
        try (KafkaConsumer<String, ContradictionAlert> consumer = new KafkaConsumer<>(readCommitted(broker),
                new StringDeserializer(), serde.deserializer())) {
            TopicPartition partition = new TopicPartition(TOPICS.alerts(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            return consumer.poll(Duration.ofSeconds(1)).records(partition).stream()
                    .map(record -> record.value().getAlertId()).collect(Collectors.toSet());
        }
    }

    private static Map<String, Object> readCommitted(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
