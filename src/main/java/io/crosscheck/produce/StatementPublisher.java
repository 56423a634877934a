package io.crosscheck.produce;

import io.crosscheck.avro.Statement;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.SchemaRegistryClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes statements to the statements topic as Avro in the Confluent wire format, keyed by
 * statementId, with an idempotent producer and {@code acks=all}; record timestamps are the
 * statements' publishedAt. {@link #publish} returns once every record is acknowledged.
 * Used by {@code produce} and by {@code demo}.
 */
public final class StatementPublisher implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaProducer<String, Statement> producer;
    private final String topic;

    public StatementPublisher(Map<String, ?> clientProperties, SchemaRegistryClient registry, boolean autoRegister, String topic) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "crosscheck-produce");
        AvroSerde<Statement> serde = new AvroSerde<>(registry, Statement.class, false, autoRegister);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
        this.topic = topic;
    }

    public List<RecordMetadata> publish(List<Statement> statements) throws InterruptedException, ExecutionException, TimeoutException {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Statement statement : statements) {
            sends.add(producer.send(new ProducerRecord<>(topic, null, statement.getPublishedAt().toEpochMilli(),
                    statement.getStatementId(), statement)));
        }
        producer.flush();
        List<RecordMetadata> acknowledged = new ArrayList<>();
        for (Future<RecordMetadata> send : sends) {
            acknowledged.add(send.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        }
        return acknowledged;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
