package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.SchemaRegistryClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes statements at a fixed rate with the same producer settings as
 * {@code StatementPublisher} (idempotent, {@code acks=all}, Avro in the Confluent wire format,
 * keyed by statementId, record timestamp = publishedAt), and notes the moment
 * ({@link System#nanoTime()}) each statement was handed to the producer.
 */
final class PacedProducer implements AutoCloseable {

    private final KafkaProducer<String, Statement> producer;
    private final String topic;

    PacedProducer(String bootstrapServers, SchemaRegistryClient registry, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "crosscheck-bench-paced");
        this.producer = new KafkaProducer<>(props, new StringSerializer(),
                new AvroSerde<>(registry, Statement.class, false, true).serializer());
        this.topic = topic;
    }

    /** Sends {@code statements} at {@code perSecond}; returns each statement's send time by statementId. */
    Map<String, Long> send(List<Statement> statements, double perSecond) {
        Map<String, Long> sentAt = new HashMap<>(statements.size() * 2);
        long intervalNanos = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        for (int i = 0; i < statements.size(); i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Statement statement = statements.get(i);
            sentAt.put(statement.getStatementId(), System.nanoTime());
            producer.send(new ProducerRecord<>(topic, null, statement.getPublishedAt().toEpochMilli(),
                    statement.getStatementId(), statement));
        }
        producer.flush();
        return sentAt;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
